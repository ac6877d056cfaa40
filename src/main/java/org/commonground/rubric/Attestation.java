package org.commonground.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.commonground.shared.AuditedEntity;
import org.hibernate.envers.Audited;

/**
 * A dated statement by a named person for an indicator no record can show, with its evidence (text, a link,
 * a file). It counts from its date until it expires or is withdrawn; it is never edited — a correction is a
 * new attestation — so what the board was shown stays what was signed.
 */
@Entity
@Audited
public class Attestation extends AuditedEntity {

    @Column(nullable = false, length = 60)
    private String indicatorKey;

    @Column(nullable = false, length = AttestationForm.STATEMENT_MAX)
    private String statement;

    @Column(length = AttestationForm.STATEMENT_MAX)
    private String evidenceText;

    @Column(length = AttestationForm.LINK_MAX)
    private String evidenceLink;

    private String fileName;

    private String fileType;

    private Long fileSize;

    @Column(nullable = false)
    private LocalDate attestedOn;

    private LocalDate expiresOn;

    @Column(nullable = false)
    private Long authorId;

    private LocalDate withdrawnOn;

    @Column(length = 500)
    private String withdrawnReason;

    protected Attestation() {}

    Attestation(AttestationForm form, long authorId) {
        this.indicatorKey = form.getIndicatorKey();
        this.statement = form.getStatement().strip();
        this.evidenceText = blankToNull(form.getEvidenceText());
        this.evidenceLink = blankToNull(form.getEvidenceLink());
        this.attestedOn = form.getAttestedOn();
        this.expiresOn = form.getExpiresOn();
        this.authorId = authorId;
    }

    void attachFile(String name, String type, long size) {
        this.fileName = name;
        this.fileType = type;
        this.fileSize = size;
    }

    void withdraw(LocalDate day, String reason) {
        this.withdrawnOn = day;
        this.withdrawnReason = reason;
    }

    /** Counts on {@code day}: attested by then, not yet expired, not withdrawn. */
    public boolean currentOn(LocalDate day) {
        return !attestedOn.isAfter(day)
                && (expiresOn == null || expiresOn.isAfter(day))
                && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getIndicatorKey() {
        return indicatorKey;
    }

    public String getStatement() {
        return statement;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public LocalDate getAttestedOn() {
        return attestedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }
}
