package org.commonground.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On track or off track, by hand: the straight path from the first measurement to the target. */
class ProgressTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void no_measurements_and_a_single_one_cannot_tell() {
        assertThat(Progress.of(Direction.HIGHER, BigDecimal.valueOf(100), START.plusDays(100), List.of())
                        .verdict())
                .isEqualTo(Progress.Verdict.NO_MEASUREMENTS);
        assertThat(Progress.of(Direction.HIGHER, BigDecimal.valueOf(100), START.plusDays(100), List.of(m(0, 10)))
                        .verdict())
                .isEqualTo(Progress.Verdict.TOO_EARLY);
    }

    @Test
    void higher_is_better_on_track_at_or_above_the_path_off_track_below() {
        // Path from 0 on day 0 to 100 on day 100: 50 expected on day 50.
        BigDecimal target = BigDecimal.valueOf(100);
        LocalDate by = START.plusDays(100);
        assertThat(Progress.of(Direction.HIGHER, target, by, List.of(m(0, 0), m(50, 50)))
                        .onTrack())
                .isTrue();
        assertThat(Progress.of(Direction.HIGHER, target, by, List.of(m(0, 0), m(50, 49)))
                        .verdict())
                .isEqualTo(Progress.Verdict.OFF_TRACK);
        assertThat(Progress.of(Direction.HIGHER, target, by, List.of(m(0, 0), m(20, 100)))
                        .text())
                .isEqualTo("On track: the target is reached");
    }

    @Test
    void lower_is_better_on_track_at_or_below_the_path_and_off_track_once_the_date_passes_unmet() {
        // Path from 30 on day 0 to 10 on day 40: 20 expected on day 20.
        BigDecimal target = BigDecimal.TEN;
        LocalDate by = START.plusDays(40);
        assertThat(Progress.of(Direction.LOWER, target, by, List.of(m(0, 30), m(20, 20)))
                        .onTrack())
                .isTrue();
        assertThat(Progress.of(Direction.LOWER, target, by, List.of(m(0, 30), m(20, 21)))
                        .onTrack())
                .isFalse();
        assertThat(Progress.of(Direction.LOWER, target, by, List.of(m(0, 30), m(41, 11)))
                        .text())
                .startsWith("Off track: the target date has passed");
    }

    private static MeasurementDetails m(int day, int value) {
        return new MeasurementDetails(day, START.plusDays(day), BigDecimal.valueOf(value), null, 0);
    }
}
