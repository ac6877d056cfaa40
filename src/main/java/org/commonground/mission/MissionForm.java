package org.commonground.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** What a user enters for a shared mission; the version says which state of the record they started from. */
public class MissionForm {

    public static final int STATEMENT_MAX = 4000;

    @NotBlank(message = "Write the mission statement.")
    @Size(max = STATEMENT_MAX, message = "The statement can be at most 4,000 characters.")
    private String statement;

    @NotNull(message = "Choose the community issue this mission is about.")
    private Long issueId;

    @NotEmpty(message = "A shared mission needs at least one signatory partner")
    private Set<Long> signatoryPartnerIds = new HashSet<>();

    @NotNull(message = "Choose the library person who owns this mission.")
    private Long ownerId;

    /** Only for an adopted or retired mission (to correct it); a draft is adopted with its own step. */
    private LocalDate adoptionDate;

    private long version;

    static MissionForm of(SharedMission mission) {
        MissionForm form = new MissionForm();
        form.statement = mission.getStatement();
        form.issueId = mission.getIssueId();
        form.signatoryPartnerIds = new HashSet<>(mission.getSignatoryPartnerIds());
        form.ownerId = mission.getOwnerId();
        form.adoptionDate = mission.getAdoptionDate();
        form.version = mission.getVersion();
        return form;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public Long getIssueId() {
        return issueId;
    }

    public void setIssueId(Long issueId) {
        this.issueId = issueId;
    }

    public Set<Long> getSignatoryPartnerIds() {
        return signatoryPartnerIds;
    }

    public void setSignatoryPartnerIds(Set<Long> ids) {
        this.signatoryPartnerIds = ids == null ? new HashSet<>() : new HashSet<>(ids);
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getAdoptionDate() {
        return adoptionDate;
    }

    public void setAdoptionDate(LocalDate adoptionDate) {
        this.adoptionDate = adoptionDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
