package org.commonground.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.LocalDate;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An organization the library builds a relationship with. */
@Audited
@Entity
public class Partner extends AuditedEntity {

    @Column(nullable = false, length = PartnerForm.NAME_MAX)
    private String name;

    /** Lower-cased name for case-insensitive search, sorting and duplicate warnings. */
    @Column(nullable = false, length = PartnerForm.NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private GovernmentKind governmentKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerStatus status = PartnerStatus.ACTIVE;

    @Column(length = PartnerForm.LONG_TEXT_MAX)
    private String missionAndGoals;

    @Column(length = PartnerForm.COMMUNITIES_MAX)
    private String communitiesServed;

    @Column(length = PartnerForm.WEBSITE_MAX)
    private String website;

    /** The library person who owns the relationship (a user id; security owns users). */
    private Long relationshipOwnerId;

    /** The id the library's own spreadsheet or system gives it (imports match on it); unique when present. */
    @Column(length = PartnerForm.EXTERNAL_ID_MAX)
    private String externalId;

    /** When the library last logged contact with this partner; derived from interactions, not audited. */
    @NotAudited
    @Column(insertable = false, updatable = false)
    private Instant lastContactAt;

    /** The day of the first logged interaction: how long the partnership has lasted. Derived, not audited. */
    @NotAudited
    @Column(insertable = false, updatable = false)
    private LocalDate firstContactOn;

    protected Partner() {}

    Partner(String name, PartnerKind kind) {
        this.name = name;
        this.kind = kind;
    }

    @PrePersist
    @PreUpdate
    void deriveNameKey() {
        nameKey = Texts.key(name);
    }

    void apply(PartnerForm form) {
        name = Texts.clean(form.getName());
        kind = form.getKind();
        governmentKind = kind == PartnerKind.GOVERNMENT ? form.getGovernmentKind() : null;
        status = form.getStatus();
        missionAndGoals = Texts.clean(form.getMissionAndGoals());
        communitiesServed = Texts.clean(form.getCommunitiesServed());
        website = Texts.clean(form.getWebsite());
        relationshipOwnerId = form.getRelationshipOwnerId();
        externalId = Texts.clean(form.getExternalId());
        deriveNameKey();
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public GovernmentKind getGovernmentKind() {
        return governmentKind;
    }

    public PartnerStatus getStatus() {
        return status;
    }

    public String getMissionAndGoals() {
        return missionAndGoals;
    }

    public String getCommunitiesServed() {
        return communitiesServed;
    }

    public String getWebsite() {
        return website;
    }

    public Long getRelationshipOwnerId() {
        return relationshipOwnerId;
    }

    public String getExternalId() {
        return externalId;
    }

    public Instant getLastContactAt() {
        return lastContactAt;
    }

    /** "Local government · Agency", or just the kind. */
    public String kindLabel() {
        return governmentKind == null ? kind.label() : kind.label() + " · " + governmentKind.label();
    }
}
