package org.commonground.interaction;

/**
 * What an interaction was about: a community issue or one of the rubric's themes. Pickers show
 * both in one list.
 */
public record Topic(Long issueId, Theme theme, String label) {

    public static Topic issue(long id, String name) {
        return new Topic(id, null, name);
    }

    public static Topic theme(Theme theme) {
        return new Topic(null, theme, theme.label());
    }

    public boolean isIssue() {
        return issueId != null;
    }
}
