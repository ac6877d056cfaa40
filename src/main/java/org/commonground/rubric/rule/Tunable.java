package org.commonground.rubric.rule;

/**
 * A parameter an administrator may tune, with its label, the range it must stay in, and the value it takes
 * when the rubric data does not give one (null: the rubric data must give it).
 */
public record Tunable(String name, String label, int min, int max, Integer fallback) {

    public static final Tunable WINDOW = new Tunable("windowMonths", "Look-back window (months)", 1, 60, 12);
    public static final Tunable MIN_COUNT = new Tunable("minCount", "At least this many records", 1, 500, null);

    public Tunable(String name, String label, int min, int max) {
        this(name, label, min, max, null);
    }

    /** This tunable under a part's name ("reviewed.minCount"), for all-of rules. */
    public Tunable inPart(String part, String partLabel) {
        return new Tunable(part + "." + name, partLabel + ": " + lowerFirst(label), min, max, fallback);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
