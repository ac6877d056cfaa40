package org.commonground.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters for a partner; the version says which state of the record they started from. */
public class PartnerForm {

    public static final int NAME_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int COMMUNITIES_MAX = 2000;
    public static final int WEBSITE_MAX = 500;
    public static final int EXTERNAL_ID_MAX = 100;

    @NotBlank(message = "Enter the organization's name.")
    @Size(max = NAME_MAX, message = "The name can be at most " + NAME_MAX + " characters.")
    private String name;

    @NotNull(message = "Choose what kind of partner this is.")
    private PartnerKind kind;

    private GovernmentKind governmentKind;

    @NotNull(message = "Choose the relationship's status.")
    private PartnerStatus status = PartnerStatus.ACTIVE;

    @Size(max = LONG_TEXT_MAX, message = "Mission and goals can be at most " + LONG_TEXT_MAX + " characters.")
    private String missionAndGoals;

    @Size(max = COMMUNITIES_MAX, message = "Communities served can be at most " + COMMUNITIES_MAX + " characters.")
    private String communitiesServed;

    @Size(max = WEBSITE_MAX, message = "The web address can be at most " + WEBSITE_MAX + " characters.")
    @Pattern(regexp = "^$|^https?://\\S+\\.\\S+$", message = "Enter a web address that starts with https:// or http://")
    private String website;

    private Long relationshipOwnerId;

    /** The partner's id in the library's own spreadsheet or system; set by imports, matched on re-import. */
    @Size(max = EXTERNAL_ID_MAX, message = "The external id can be at most " + EXTERNAL_ID_MAX + " characters.")
    private String externalId;

    private long version;

    public static PartnerForm of(Partner partner) {
        PartnerForm form = new PartnerForm();
        form.name = partner.getName();
        form.kind = partner.getKind();
        form.governmentKind = partner.getGovernmentKind();
        form.status = partner.getStatus();
        form.missionAndGoals = partner.getMissionAndGoals();
        form.communitiesServed = partner.getCommunitiesServed();
        form.website = partner.getWebsite();
        form.relationshipOwnerId = partner.getRelationshipOwnerId();
        form.externalId = partner.getExternalId();
        form.version = partner.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public GovernmentKind getGovernmentKind() {
        return governmentKind;
    }

    public void setGovernmentKind(GovernmentKind governmentKind) {
        this.governmentKind = governmentKind;
    }

    public PartnerStatus getStatus() {
        return status;
    }

    public void setStatus(PartnerStatus status) {
        this.status = status;
    }

    public String getMissionAndGoals() {
        return missionAndGoals;
    }

    public void setMissionAndGoals(String missionAndGoals) {
        this.missionAndGoals = missionAndGoals;
    }

    public String getCommunitiesServed() {
        return communitiesServed;
    }

    public void setCommunitiesServed(String communitiesServed) {
        this.communitiesServed = communitiesServed;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Long getRelationshipOwnerId() {
        return relationshipOwnerId;
    }

    public void setRelationshipOwnerId(Long relationshipOwnerId) {
        this.relationshipOwnerId = relationshipOwnerId;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
