package org.commonground.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cumulative score and its stage, worked out by hand. */
class StrandScoreTest {

    @Test
    void the_aware_stage_runs_from_1_to_4_on_its_own_indicators() {
        assertThat(StrandScore.of(0, 0, 0).score()).isEqualTo(1.0);
        assertThat(StrandScore.of(0.5, 1, 1).score())
                .as("higher stages wait for Aware")
                .isEqualTo(2.5);
        assertThat(StrandScore.of(0.5, 1, 1).stage()).isEqualTo(Stage.AWARE);
    }

    @Test
    void crossing_4_to_5_and_7_to_8() {
        assertThat(StrandScore.of(1, 0, 0)).satisfies(s -> {
            assertThat(s.score()).isEqualTo(4.0);
            assertThat(s.stage()).isEqualTo(Stage.AWARE);
        });
        assertThat(StrandScore.of(1, 1.0 / 3, 0)).satisfies(s -> {
            assertThat(s.score()).isEqualTo(5.0);
            assertThat(s.stage()).isEqualTo(Stage.INTENTIONAL);
        });
        assertThat(StrandScore.of(1, 1, 0)).satisfies(s -> {
            assertThat(s.score()).isEqualTo(7.0);
            assertThat(s.stage()).isEqualTo(Stage.INTENTIONAL);
        });
        assertThat(StrandScore.of(1, 1, 1.0 / 3)).satisfies(s -> {
            assertThat(s.score()).isEqualTo(8.0);
            assertThat(s.stage()).isEqualTo(Stage.PURPOSEFUL);
        });
        assertThat(StrandScore.of(1, 1, 1).score()).isEqualTo(10.0);
    }

    @Test
    void a_score_just_under_a_band_never_reads_as_the_next_one() {
        // Intentional fractions 2/3, 0.3 and 0: fI = 0.9667/3 → 4 + 0.9667 = 4.97, still Aware.
        StrandScore almost = StrandScore.of(1, (2.0 / 3 + 0.3) / 3, 0);
        assertThat(almost.score()).isEqualTo(4.97);
        assertThat(almost.stage()).isEqualTo(Stage.AWARE);
        assertThat(almost.formatted()).isEqualTo("4.9");
        // 4.999…: kept as 5.00 to hundredths, yet Aware, and shown as 4.9.
        StrandScore edge = StrandScore.of(1, 0.3333, 0);
        assertThat(edge.stage()).isEqualTo(Stage.AWARE);
        assertThat(edge.formatted()).isEqualTo("4.9");
        assertThat(StrandScore.of(1, 1, 0.3332).formatted()).isEqualTo("7.9");
    }
}
