package org.commonground.communityissue;

/** How high an issue is on the library's list; the rubric asks libraries to prioritize. */
public enum IssuePriority {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    IssuePriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
