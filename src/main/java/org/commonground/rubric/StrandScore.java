package org.commonground.rubric;

import java.util.Locale;

/**
 * A strand's score on the 1–10 scale from the mean fractions of its stages' indicators, stages cumulative:
 * 1 + 3·fA while the Aware stage is incomplete; 4 + 3·fI once it is complete and until the Intentional stage
 * is; 7 + 3·fP after that. The stage is the band the score falls in.
 */
public record StrandScore(double score, Stage stage, double aware, double intentional, double purposeful) {

    private static final double COMPLETE = 1 - 1e-9;

    public static StrandScore of(double aware, double intentional, double purposeful) {
        double score;
        if (aware < COMPLETE) {
            score = 1 + 3 * aware;
        } else if (intentional < COMPLETE) {
            score = 4 + 3 * intentional;
        } else {
            score = 7 + 3 * purposeful;
        }
        // Rounded to hundredths so 4 + 3·(1/3) is 5.0 and not 4.999…, which would fall in the wrong band.
        score = Math.round(score * 100) / 100.0;
        return new StrandScore(score, Stage.ofScore(score), aware, intentional, purposeful);
    }

    /** The stage still being worked on: the first one not complete (Purposeful once all are). */
    public Stage workingStage() {
        if (aware < COMPLETE) {
            return Stage.AWARE;
        }
        return intentional < COMPLETE ? Stage.INTENTIONAL : Stage.PURPOSEFUL;
    }

    /** "6.3". */
    public String formatted() {
        return String.format(Locale.US, "%.1f", score);
    }
}
