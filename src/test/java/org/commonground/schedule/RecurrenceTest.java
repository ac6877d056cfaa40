package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.commonground.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Recurrence against dates written down by hand from a 2026–2033 calendar (not iCal4j's own output):
 * DST in Chicago, last Friday, fifth Tuesday, Feb 29, UNTIL and COUNT, and the limits on expansion.
 */
class RecurrenceTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    static ZonedDateTime chicago(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, CHICAGO);
    }

    static List<LocalDateTime> local(List<ZonedDateTime> dates) {
        return dates.stream().map(ZonedDateTime::toLocalDateTime).toList();
    }

    static List<ZonedDateTime> all(String rule, ZonedDateTime start) {
        return Recurrence.parse(rule, start.getZone())
                .between(start, start.toInstant(), start.plusYears(10).toInstant(), 500);
    }

    @Test
    void a_ten_oclock_chicago_meeting_stays_at_ten_across_both_daylight_saving_changes() {
        // DST starts Sunday March 8, 2026 and ends Sunday November 1, 2026.
        List<ZonedDateTime> weekly = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO;COUNT=4", CHICAGO)
                .between(
                        chicago(2026, 3, 2, 10, 0),
                        chicago(2026, 3, 1, 0, 0).toInstant(),
                        chicago(2026, 4, 1, 0, 0).toInstant(),
                        10);
        assertThat(local(weekly))
                .containsExactly(
                        LocalDateTime.of(2026, 3, 2, 10, 0),
                        LocalDateTime.of(2026, 3, 9, 10, 0),
                        LocalDateTime.of(2026, 3, 16, 10, 0),
                        LocalDateTime.of(2026, 3, 23, 10, 0));
        // In UTC the meeting moves by an hour: 16:00Z in winter, 15:00Z in summer.
        assertThat(weekly.get(0).toInstant().toString()).isEqualTo("2026-03-02T16:00:00Z");
        assertThat(weekly.get(1).toInstant().toString()).isEqualTo("2026-03-09T15:00:00Z");

        List<ZonedDateTime> autumn = all("FREQ=WEEKLY;BYDAY=TU;COUNT=2", chicago(2026, 10, 27, 10, 0));
        assertThat(autumn.stream().map(z -> z.toInstant().toString()))
                .containsExactly("2026-10-27T15:00:00Z", "2026-11-03T16:00:00Z");
    }

    @Test
    void second_tuesday_monthly() {
        assertThat(local(all("FREQ=MONTHLY;BYDAY=2TU;COUNT=6", chicago(2026, 1, 13, 10, 0))))
                .containsExactly(
                        LocalDateTime.of(2026, 1, 13, 10, 0), LocalDateTime.of(2026, 2, 10, 10, 0),
                        LocalDateTime.of(2026, 3, 10, 10, 0), LocalDateTime.of(2026, 4, 14, 10, 0),
                        LocalDateTime.of(2026, 5, 12, 10, 0), LocalDateTime.of(2026, 6, 9, 10, 0));
    }

    @Test
    void last_friday_of_the_month() {
        assertThat(local(all("FREQ=MONTHLY;BYDAY=-1FR;COUNT=5", chicago(2026, 1, 30, 9, 30))))
                .containsExactly(
                        LocalDateTime.of(2026, 1, 30, 9, 30),
                        LocalDateTime.of(2026, 2, 27, 9, 30),
                        LocalDateTime.of(2026, 3, 27, 9, 30),
                        LocalDateTime.of(2026, 4, 24, 9, 30),
                        LocalDateTime.of(2026, 5, 29, 9, 30));
    }

    @Test
    void fifth_tuesday_skips_the_months_without_one() {
        // 2026 months with five Tuesdays: March (31st), June (30th), September (29th), December (29th).
        List<ZonedDateTime> dates = Recurrence.parse("FREQ=MONTHLY;BYDAY=5TU", CHICAGO)
                .between(
                        chicago(2026, 3, 31, 14, 0),
                        chicago(2026, 1, 1, 0, 0).toInstant(),
                        chicago(2027, 1, 1, 0, 0).toInstant(),
                        100);
        assertThat(dates.stream().map(ZonedDateTime::toLocalDate))
                .containsExactly(
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 9, 29),
                        LocalDate.of(2026, 12, 29));
    }

    @Test
    void february_29_yearly_happens_in_leap_years_only() {
        List<ZonedDateTime> dates = Recurrence.parse("FREQ=YEARLY", CHICAGO)
                .between(
                        chicago(2024, 2, 29, 12, 0),
                        chicago(2024, 1, 1, 0, 0).toInstant(),
                        chicago(2034, 1, 1, 0, 0).toInstant(),
                        100);
        assertThat(dates.stream().map(ZonedDateTime::toLocalDate))
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(2032, 2, 29));
    }

    @Test
    void until_is_inclusive_and_kept_in_utc() {
        Recurrence r = Recurrence.parse("FREQ=WEEKLY;BYDAY=TH;UNTIL=20260326T150000Z", CHICAGO);
        assertThat(r.rule()).contains("UNTIL=20260326T150000Z");
        // Thursdays at 10:00 Chicago (15:00Z after March 8): March 5, 12, 19, 26 — the 26th is exactly UNTIL.
        assertThat(all(r.rule(), chicago(2026, 3, 5, 10, 0)).stream().map(ZonedDateTime::toLocalDate))
                .containsExactly(
                        LocalDate.of(2026, 3, 5),
                        LocalDate.of(2026, 3, 12),
                        LocalDate.of(2026, 3, 19),
                        LocalDate.of(2026, 3, 26));
    }

    @Test
    void a_floating_until_is_read_in_the_series_zone_and_written_in_utc() {
        Recurrence r = Recurrence.parse("RRULE:FREQ=DAILY;UNTIL=20261231T235900", CHICAGO);
        // 23:59 Chicago (CST, UTC-6) is 05:59 UTC the next day.
        assertThat(r.rule()).contains("UNTIL=20270101T055900Z");
    }

    @Test
    void count_counts_from_the_first_occurrence_even_when_asking_for_a_later_period() {
        // Every other week on Monday and Thursday from Monday March 2: 2, 5, 16, 19, 30 March.
        List<ZonedDateTime> later = Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5", CHICAGO)
                .between(
                        chicago(2026, 3, 2, 9, 0),
                        chicago(2026, 3, 10, 0, 0).toInstant(),
                        chicago(2026, 12, 1, 0, 0).toInstant(),
                        100);
        assertThat(later.stream().map(ZonedDateTime::toLocalDate))
                .containsExactly(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 30));
    }

    @Test
    void the_plain_controls_write_the_rule_with_until_in_utc() {
        RecurrenceChoice choice = new RecurrenceChoice(
                Repeat.MONTHLY_ON_WEEKDAY,
                1,
                EnumSet.noneOf(DayOfWeek.class),
                1,
                DayOfWeek.TUESDAY,
                2,
                Ending.ON_DATE,
                LocalDate.of(2026, 12, 31),
                0);
        Recurrence r = Recurrence.of(choice, chicago(2026, 1, 13, 10, 0));
        // The end of December 31 in Chicago (23:59:59 CST) is January 1, 05:59:59 UTC.
        assertThat(r.rule()).isEqualTo("FREQ=MONTHLY;UNTIL=20270101T055959Z;BYDAY=2TU");
        assertThat(r.last(chicago(2026, 1, 13, 10, 0)).orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void rules_more_often_than_daily_are_refused_with_a_message() {
        assertThatThrownBy(() -> Recurrence.parse("FREQ=SECONDLY", CHICAGO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most daily")
                .hasMessageContaining("SECONDLY");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;BYHOUR=9,10", CHICAGO))
                .hasMessageContaining("BYHOUR");
    }

    @Test
    void a_billion_occurrences_are_refused_and_no_expansion_returns_more_than_the_cap() {
        assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;COUNT=1000000000", CHICAGO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 1,000 occurrences");
        // A never-ending daily rule over ten years is capped however much is asked for.
        List<ZonedDateTime> capped = Recurrence.parse("FREQ=DAILY", CHICAGO)
                .between(
                        chicago(2026, 1, 1, 9, 0),
                        chicago(2026, 1, 1, 0, 0).toInstant(),
                        chicago(2036, 1, 1, 0, 0).toInstant(),
                        Integer.MAX_VALUE);
        assertThat(capped).hasSize(Recurrence.MAX_EXPANSION);
    }

    @Test
    void unreadable_rules_say_what_to_write() {
        assertThatThrownBy(() -> Recurrence.parse("EVERY TUESDAY", CHICAGO))
                .hasMessageContaining("could not be read")
                .hasMessageContaining("FREQ=MONTHLY;BYDAY=2TU");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=MONTHLY;BYDAY=XX", CHICAGO))
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;COUNT=3;UNTIL=20270101T000000Z", CHICAGO))
                .hasMessageContaining("not both");
    }

    @Test
    void sentences_read_as_people_say_them() {
        assertThat(Sentence.of(Recurrence.parse("FREQ=MONTHLY;BYDAY=2TU", CHICAGO), chicago(2026, 1, 13, 10, 0)))
                .isEqualTo("Every month on the second Tuesday at 10:00, Central Time");
        assertThat(Sentence.of(
                        Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO;COUNT=6", CHICAGO),
                        chicago(2026, 3, 2, 9, 0)))
                .isEqualTo("Every 2 weeks on Monday and Thursday at 09:00, Central Time, 6 times");
        assertThat(Sentence.of(
                        Recurrence.parse("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T235959Z", CHICAGO),
                        chicago(2026, 1, 30, 15, 30)))
                .isEqualTo("Every month on the last Friday at 15:30, Central Time, " + "until December 31, 2026");
        assertThat(Sentence.of(Recurrence.parse("FREQ=YEARLY", CHICAGO), chicago(2024, 2, 29, 12, 0)))
                .isEqualTo("Every year on February 29 at 12:00, Central Time");
    }
}
