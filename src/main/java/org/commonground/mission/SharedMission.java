package org.commonground.mission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/**
 * A mission statement the library and its partners sign, about one community issue. Partners,
 * the issue and the owner are ids of other features' records. Its measures are separate records.
 */
@Entity
@Audited
public class SharedMission extends AuditedEntity {

    @Column(nullable = false, length = MissionForm.STATEMENT_MAX)
    private String statement;

    @Column(nullable = false)
    private Long issueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MissionStatus status = MissionStatus.DRAFT;

    private LocalDate adoptionDate;

    /** The day it was retired: an adopted mission counts for the rubric until then. */
    private LocalDate retiredOn;

    @Column(nullable = false)
    private Long ownerId;

    @ElementCollection
    @CollectionTable(name = "shared_mission_partner", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "partner_id", nullable = false)
    private Set<Long> signatoryPartnerIds = new HashSet<>();

    protected SharedMission() {}

    static SharedMission from(MissionForm form) {
        SharedMission mission = new SharedMission();
        mission.apply(form);
        return mission;
    }

    /** Copies what the form edits; the status and adoption changes go through the transitions. */
    void apply(MissionForm form) {
        statement = Texts.clean(form.getStatement());
        issueId = form.getIssueId();
        ownerId = form.getOwnerId();
        signatoryPartnerIds.retainAll(form.getSignatoryPartnerIds());
        signatoryPartnerIds.addAll(form.getSignatoryPartnerIds());
        if (status != MissionStatus.DRAFT && form.getAdoptionDate() != null) {
            adoptionDate = form.getAdoptionDate();
        }
    }

    void adopt(LocalDate date) {
        status = MissionStatus.ADOPTED;
        adoptionDate = date;
    }

    void retire(LocalDate date) {
        status = MissionStatus.RETIRED;
        retiredOn = date;
    }

    public String getStatement() {
        return statement;
    }

    public Long getIssueId() {
        return issueId;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public LocalDate getAdoptionDate() {
        return adoptionDate;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Set<Long> getSignatoryPartnerIds() {
        return signatoryPartnerIds;
    }
}
