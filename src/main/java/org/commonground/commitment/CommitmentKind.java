package org.commonground.commitment;

/** What is given; the rubric asks whether staff, money and space are all dedicated. */
public enum CommitmentKind {
    STAFF_TIME("Staff time", CommitmentUnit.HOURS_PER_MONTH),
    FUNDING("Funding", CommitmentUnit.DOLLARS),
    SPACE("Space", CommitmentUnit.SQUARE_FEET),
    PROGRAMMING("Programming", CommitmentUnit.SESSIONS),
    DATA_SHARING("Data sharing", CommitmentUnit.DATASETS),
    OTHER("Other", CommitmentUnit.ITEMS);

    private final String label;
    private final CommitmentUnit usualUnit;

    CommitmentKind(String label, CommitmentUnit usualUnit) {
        this.label = label;
        this.usualUnit = usualUnit;
    }

    public String label() {
        return label;
    }

    /** The unit the form suggests when this kind is chosen. */
    public CommitmentUnit usualUnit() {
        return usualUnit;
    }
}
