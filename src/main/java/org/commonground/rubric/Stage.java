package org.commonground.rubric;

/** The rubric's three stages, cumulative, each a band of the 1–10 score. */
public enum Stage {
    AWARE("Aware", 1, 4),
    INTENTIONAL("Intentional", 5, 7),
    PURPOSEFUL("Purposeful", 8, 10);

    private final String label;
    private final int low;
    private final int high;

    Stage(String label, int low, int high) {
        this.label = label;
        this.low = low;
        this.high = high;
    }

    public String label() {
        return label;
    }

    /** "Aware (1–4)". */
    public String labelWithBand() {
        return label + " (" + low + "–" + high + ")";
    }

    /** The stage whose band holds the score's whole part: 4.9 is still Aware, 5.0 Intentional. */
    public static Stage ofScore(double score) {
        int whole = (int) Math.floor(score + 1e-9);
        if (whole >= PURPOSEFUL.low) {
            return PURPOSEFUL;
        }
        return whole >= INTENTIONAL.low ? INTENTIONAL : AWARE;
    }
}
