package org.commonground.interaction;

/** What kind of contact it was; reviews, dialogues and assessments are evidence the rubric asks for. */
public enum InteractionKind {
    MEETING("Meeting"),
    CALL("Call"),
    EVENT("Event"),
    REVIEW("Review"),
    COMMUNITY_DIALOGUE("Community dialogue"),
    NEEDS_ASSESSMENT("Needs assessment"),
    POLICY_REVIEW("Policy review"),
    PROGRAM_SESSION("Program session"),
    COMMUNITY_DATA_REVIEW("Community data review"),
    OTHER("Other");

    private final String label;

    InteractionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only events are planned ahead; everything else is logged after it happened. */
    public boolean mayBeInTheFuture() {
        return this == EVENT;
    }
}
