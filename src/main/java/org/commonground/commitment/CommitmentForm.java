package org.commonground.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a user enters when recording or editing a commitment. */
public class CommitmentForm {

    public static final int DESCRIPTION_MAX = 300;
    /** The longest progress note. */
    public static final int NOTE_MAX = 2000;

    public static final BigDecimal AMOUNT_MAX = new BigDecimal("1000000000");

    private long version;

    @NotNull(message = "Say who gives: the library or the partner.")
    private CommitmentDirection direction = CommitmentDirection.LIBRARY_TO_PARTNER;

    @NotNull(message = "Choose the partner.")
    private Long partnerId;

    @NotNull(message = "Choose what is given.")
    private CommitmentKind kind = CommitmentKind.STAFF_TIME;

    @NotBlank(message = "Describe the commitment in a few words.")
    @Size(max = DESCRIPTION_MAX, message = "The description can be at most 300 characters.")
    private String description;

    @NotNull(message = "Enter the amount.")
    private BigDecimal amount;

    @NotNull(message = "Choose the unit of the amount.")
    private CommitmentUnit unit = CommitmentUnit.HOURS_PER_MONTH;

    @NotNull(message = "Enter the start date.")
    private LocalDate startDate;

    private LocalDate endDate;

    private Long communityIssueId;

    private Long missionId;

    /** Only for a new commitment: recorded as a proposal, or as already agreed (active). */
    private CommitmentStatus initialStatus = CommitmentStatus.PROPOSED;

    public static CommitmentForm startingOn(LocalDate today) {
        CommitmentForm form = new CommitmentForm();
        form.startDate = today;
        return form;
    }

    static CommitmentForm of(Commitment c) {
        CommitmentForm form = new CommitmentForm();
        form.version = c.getVersion();
        form.direction = c.getDirection();
        form.partnerId = c.getPartnerId();
        form.kind = c.getKind();
        form.description = c.getDescription();
        form.amount = c.getAmount();
        form.unit = c.getUnit();
        form.startDate = c.getStartDate();
        form.endDate = c.getEndDate();
        form.communityIssueId = c.getCommunityIssueId();
        form.missionId = c.getMissionId();
        form.initialStatus = c.getStatus();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public CommitmentDirection getDirection() {
        return direction;
    }

    public void setDirection(CommitmentDirection direction) {
        this.direction = direction;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public CommitmentKind getKind() {
        return kind;
    }

    public void setKind(CommitmentKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public CommitmentUnit getUnit() {
        return unit;
    }

    public void setUnit(CommitmentUnit unit) {
        this.unit = unit;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getCommunityIssueId() {
        return communityIssueId;
    }

    public void setCommunityIssueId(Long communityIssueId) {
        this.communityIssueId = communityIssueId;
    }

    public Long getMissionId() {
        return missionId;
    }

    public void setMissionId(Long missionId) {
        this.missionId = missionId;
    }

    public CommitmentStatus getInitialStatus() {
        return initialStatus;
    }

    public void setInitialStatus(CommitmentStatus initialStatus) {
        this.initialStatus = initialStatus;
    }
}
