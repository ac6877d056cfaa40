package org.commonground.communityissue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a community issue. */
public class CommunityIssueForm {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;

    @NotBlank(message = "Enter the issue's name.")
    @Size(max = NAME_MAX, message = "The name can be at most " + NAME_MAX + " characters.")
    private String name;

    @Size(max = DESCRIPTION_MAX, message = "The description can be at most " + DESCRIPTION_MAX + " characters.")
    private String description;

    @NotNull(message = "Choose a priority.")
    private IssuePriority priority = IssuePriority.MEDIUM;

    private long version;

    public static CommunityIssueForm of(CommunityIssue issue) {
        CommunityIssueForm form = new CommunityIssueForm();
        form.name = issue.getName();
        form.description = issue.getDescription();
        form.priority = issue.getPriority();
        form.version = issue.getVersion();
        return form;
    }

    public static CommunityIssueForm of(String name, String description, IssuePriority priority) {
        CommunityIssueForm form = new CommunityIssueForm();
        form.name = name;
        form.description = description;
        form.priority = priority;
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public IssuePriority getPriority() {
        return priority;
    }

    public void setPriority(IssuePriority priority) {
        this.priority = priority;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
