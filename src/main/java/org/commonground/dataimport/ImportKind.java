package org.commonground.dataimport;

import java.util.List;

/** What a file holds. Partners and contacts are the directory (administrators and directors); interactions the log. */
public enum ImportKind {
    PARTNERS(
            "Partners",
            List.of(
                    ImportField.optional("externalId", "External id", "id", "partner id", "external id", "reference"),
                    ImportField.required("name", "Name", "organization", "organisation", "partner", "partner name"),
                    ImportField.required("kind", "Kind", "type", "partner kind", "category"),
                    ImportField.optional(
                            "governmentKind", "Government body", "government kind", "sub-kind", "subkind", "body"),
                    ImportField.optional("status", "Status"),
                    ImportField.optional("missionAndGoals", "Mission and goals", "mission", "goals"),
                    ImportField.optional("communitiesServed", "Communities served", "communities"),
                    ImportField.optional("website", "Website", "web site", "url", "web address"))),
    CONTACTS(
            "Contacts",
            List.of(
                    ImportField.optional("partnerExternalId", "Partner external id", "partner id"),
                    ImportField.optional("partnerName", "Partner name", "partner", "organization", "organisation"),
                    ImportField.required("fullName", "Full name", "name", "contact", "contact name", "person"),
                    ImportField.optional("title", "Title", "job title", "role", "position"),
                    ImportField.optional("email", "E-mail", "email address", "e-mail address", "mail"),
                    ImportField.optional("phone", "Phone", "telephone", "phone number"),
                    ImportField.optional("notes", "Notes", "note", "comments"))),
    INTERACTIONS(
            "Interactions",
            List.of(
                    ImportField.required("date", "Date", "day", "occurred on"),
                    ImportField.optional("time", "Time", "start", "start time"),
                    ImportField.optional("timeZone", "Time zone", "zone", "timezone"),
                    ImportField.optional("kind", "Kind", "type", "interaction kind"),
                    ImportField.optional("initiatedBy", "Initiated by", "initiator", "who initiated"),
                    ImportField.optional("partnerIds", "Partners", "partner", "partner names", "organization"),
                    ImportField.optional(
                            "partnerExternalIds",
                            "Partner external ids",
                            "partner external id",
                            "partner id",
                            "partner ids"),
                    ImportField.optional("themes", "Themes", "theme", "topics"),
                    ImportField.optional("notes", "Notes", "note", "summary", "minutes")));

    private final String label;
    private final List<ImportField> fields;

    ImportKind(String label, List<ImportField> fields) {
        this.label = label;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    public List<ImportField> fields() {
        return fields;
    }

    public ImportField field(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** Partners and contacts change the directory: administrators and directors only. */
    public boolean directory() {
        return this != INTERACTIONS;
    }
}
