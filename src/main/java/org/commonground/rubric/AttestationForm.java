package org.commonground.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person fills in to attest to an indicator. The file, if any, travels beside it. */
public class AttestationForm {

    static final int STATEMENT_MAX = 4000;
    static final int LINK_MAX = 500;

    private String indicatorKey;

    @NotBlank(message = "Write the statement: what you attest to, in a sentence or two.")
    @Size(max = STATEMENT_MAX, message = "The statement can be at most 4,000 characters.")
    private String statement;

    @Size(max = STATEMENT_MAX, message = "The evidence text can be at most 4,000 characters.")
    private String evidenceText;

    @Size(max = LINK_MAX, message = "The link can be at most 500 characters.")
    private String evidenceLink;

    @NotNull(message = "Choose the date of the attestation.")
    private LocalDate attestedOn;

    private LocalDate expiresOn;

    public static AttestationForm forIndicator(String key, LocalDate today) {
        AttestationForm form = new AttestationForm();
        form.indicatorKey = key;
        form.attestedOn = today;
        // A statement about how things stand should be looked at again; a year is the rubric's own window.
        form.expiresOn = today.plusYears(1);
        return form;
    }

    public String getIndicatorKey() {
        return indicatorKey;
    }

    public void setIndicatorKey(String indicatorKey) {
        this.indicatorKey = indicatorKey;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public void setEvidenceText(String evidenceText) {
        this.evidenceText = evidenceText;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public void setEvidenceLink(String evidenceLink) {
        this.evidenceLink = evidenceLink;
    }

    public LocalDate getAttestedOn() {
        return attestedOn;
    }

    public void setAttestedOn(LocalDate attestedOn) {
        this.attestedOn = attestedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
