package org.commonground.rubric.rule;

import java.util.function.LongFunction;

/**
 * What a rule found on one date: the fraction of the indicator achieved (0..1), the progress in words
 * ("2 of 3 meetings") and what is still missing (null once complete).
 */
public record Finding(double fraction, String progress, String missing) {

    public Finding {
        if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction " + fraction);
        }
    }

    /**
     * {@code have} of {@code need}: the fraction is {@code min(1, have/need)}. {@code noun} names n of the things
     * counted ("review with local government" for 1, "reviews…" for more).
     */
    public static Finding count(long have, long need, LongFunction<String> noun, String missingSentence) {
        double fraction = need <= 0 ? 1 : Math.min(1.0, (double) have / need);
        String progress = have >= need
                ? have + " " + noun.apply(have) + " (" + need + " needed)"
                : have + " of " + need + " " + noun.apply(need);
        return new Finding(fraction, progress, have >= need ? null : missingSentence);
    }

    public boolean complete() {
        return fraction >= 1.0;
    }
}
