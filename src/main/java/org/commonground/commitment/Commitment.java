package org.commonground.commitment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.AuditedEntity;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Who gives what to whom: the library to a partner or a partner to the library, with an amount in a unit. */
@Entity
@Audited
public class Commitment extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommitmentDirection direction;

    @Column(nullable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommitmentKind kind;

    @Column(nullable = false, length = CommitmentForm.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommitmentUnit unit;

    @Column(nullable = false)
    private LocalDate startDate;

    private LocalDate endDate;

    private Long communityIssueId;

    private Long missionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommitmentStatus status;

    @Column(nullable = false)
    private Instant statusChangedAt;

    /** When the partner acknowledged a commitment the library made to it, and who (their name). */
    private Instant acknowledgedAt;

    @Column(length = 120)
    private String acknowledgedBy;

    // What the rubric reads, derived from the fields above and the partner's kind: not part of the history.
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private PartnerKind partnerKind;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private GovernmentKind governmentKind;

    @NotAudited
    private LocalDate countedFrom;

    @NotAudited
    private LocalDate countedUntil;

    @NotAudited
    private Integer lastedMonths;

    // A progress note is its own record: adding one must not make a colleague's open edit stale.
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt desc, id desc")
    private List<CommitmentNote> notes = new ArrayList<>();

    protected Commitment() {}

    static Commitment from(CommitmentForm form, Instant now) {
        Commitment commitment = new Commitment();
        commitment.apply(form);
        commitment.status = form.getInitialStatus();
        commitment.statusChangedAt = now;
        return commitment;
    }

    void apply(CommitmentForm form) {
        direction = form.getDirection();
        partnerId = form.getPartnerId();
        kind = form.getKind();
        description = form.getDescription().strip();
        amount = form.getAmount();
        unit = form.getUnit();
        startDate = form.getStartDate();
        endDate = form.getEndDate();
        communityIssueId = form.getCommunityIssueId();
        missionId = form.getMissionId();
    }

    void moveTo(CommitmentStatus target, Instant now) {
        status = target;
        statusChangedAt = now;
    }

    /** Keeps the rubric's view of this commitment current: call after any change (zone: the library's). */
    void derive(PartnerKind partnerKind, GovernmentKind body, ZoneId zone) {
        this.partnerKind = partnerKind;
        this.governmentKind = body;
        derive(zone);
    }

    void derive(ZoneId zone) {
        CountedSpan span = CountedSpan.of(status, startDate, endDate, LocalDate.ofInstant(statusChangedAt, zone));
        countedFrom = span.from();
        countedUntil = span.until();
        lastedMonths = span.lastedMonths();
    }

    void acknowledge(Instant now, String by) {
        acknowledgedAt = now;
        acknowledgedBy = by;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public CommitmentDirection getDirection() {
        return direction;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public CommitmentKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public CommitmentUnit getUnit() {
        return unit;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getCommunityIssueId() {
        return communityIssueId;
    }

    public Long getMissionId() {
        return missionId;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public List<CommitmentNote> getNotes() {
        return notes;
    }
}
