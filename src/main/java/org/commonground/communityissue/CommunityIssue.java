package org.commonground.communityissue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;

/** A science-based community issue the library works on (air quality, flooding, extreme heat…). */
@Entity
public class CommunityIssue extends AuditedEntity {

    @Column(nullable = false, length = CommunityIssueForm.NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = CommunityIssueForm.NAME_MAX)
    private String nameKey;

    @Column(length = CommunityIssueForm.DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IssuePriority priority = IssuePriority.MEDIUM;

    protected CommunityIssue() {}

    CommunityIssue(CommunityIssueForm form) {
        apply(form);
    }

    void apply(CommunityIssueForm form) {
        name = Texts.clean(form.getName());
        description = Texts.clean(form.getDescription());
        priority = form.getPriority();
        deriveNameKey();
    }

    @PrePersist
    @PreUpdate
    void deriveNameKey() {
        nameKey = Texts.key(name);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public IssuePriority getPriority() {
        return priority;
    }
}
