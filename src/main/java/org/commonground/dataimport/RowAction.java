package org.commonground.dataimport;

/** What importing a row does. */
public enum RowAction {
    NEW("New"),
    UPDATE("Updates the existing record"),
    ALREADY_PRESENT("Already present"),
    REJECTED("Has problems — not imported");

    private final String label;

    RowAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
