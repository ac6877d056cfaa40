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
        // The stage from the exact score (ofScore allows for 4 + 3·(1/3) computing as 4.999…); the figure kept
        // to hundredths.
        Stage stage = Stage.ofScore(score);
        return new StrandScore(Math.round(score * 100) / 100.0, stage, aware, intentional, purposeful);
    }

    /** The stage still being worked on: the first one not complete (Purposeful once all are). */
    public Stage workingStage() {
        if (aware < COMPLETE) {
            return Stage.AWARE;
        }
        return intentional < COMPLETE ? Stage.INTENTIONAL : Stage.PURPOSEFUL;
    }

    /** "6.3": cut, not rounded, to one decimal, so 4.97 reads 4.9 next to "Aware", never 5.0. */
    public String formatted() {
        double cut = Math.floor(score * 10 + 1e-9) / 10;
        if (Stage.ofScore(cut) != stage) {
            // 4.999 held as 5.00 would read 5.0 Aware: show the band's top instead.
            cut = stage == Stage.AWARE ? 4.9 : stage == Stage.INTENTIONAL ? 7.9 : cut;
        }
        return String.format(Locale.US, "%.1f", cut);
    }
}
