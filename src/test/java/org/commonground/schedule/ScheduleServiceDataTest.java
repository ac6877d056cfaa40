package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.commonground.history.HistoryEntry;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Series and occurrences through the service, with the clock stopped on June 15, 2026. */
@DataTest
@WithMockUser(username = "schedule.tester", roles = "DIRECTOR")
class ScheduleServiceDataTest {

    @Autowired
    MutableClock scheduleClock;

    @BeforeEach
    void stopTheClockAtScheduleNow() {
        scheduleClock.set(ScheduleClock.NOW);
    }

    static final LocalDateTime FEB = LocalDateTime.of(2026, 2, 10, 10, 0);
    static final LocalDateTime MAR = LocalDateTime.of(2026, 3, 10, 10, 0);
    static final LocalDateTime APR = LocalDateTime.of(2026, 4, 14, 10, 0);
    static final LocalDateTime JUL = LocalDateTime.of(2026, 7, 14, 10, 0);

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    ScheduleFixtures fx;
    long city;
    long director;

    @BeforeEach
    void setUp() {
        fx = new ScheduleFixtures(partners, accounts);
        city = fx.partner("City of Testville", PartnerKind.GOVERNMENT);
        director = fx.staff("Dana Director");
    }

    @Test
    void a_series_reads_back_with_its_sentence_and_its_occurrences_in_local_time() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in with the city", city, director));
        SeriesDetails details = schedule.get(id);
        assertThat(details.sentence()).isEqualTo("Every month on the second Tuesday at 10:00, Central Time");
        assertThat(details.rule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
        assertThat(details.nextStart().toLocalDateTime())
                .as("June 9 has passed on June 15")
                .isEqualTo(JUL);
        assertThat(details.organizerName()).isEqualTo("Dana Director");

        List<OccurrenceItem> spring =
                schedule.occurrences(id, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(spring.stream().map(o -> o.start().toLocalDateTime()))
                .containsExactly(LocalDateTime.of(2026, 1, 13, 10, 0), FEB, MAR, APR);
        assertThat(spring).allMatch(OccurrenceItem::past);
    }

    @Test
    void marking_past_occurrences_gives_adherence_and_the_rubrics_attendance() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        long contact = fx.contact(city, "Mo Mayor", "mo@example.org");
        schedule.mark(id, FEB, OccurrenceStatus.HELD, Set.of(director), Set.of(contact), "Budget talk", -1);
        schedule.mark(id, MAR, OccurrenceStatus.MISSED, Set.of(), Set.of(), null, -1);
        schedule.mark(id, APR, OccurrenceStatus.CANCELLED, Set.of(), Set.of(), "Holiday", -1);
        schedule.mark(
                id, LocalDateTime.of(2026, 5, 12, 10, 0), OccurrenceStatus.HELD, Set.of(director), Set.of(), null, -1);

        // Last 6 months before June 15: Jan 13 (unmarked), Feb (held), Mar (missed), Apr (cancelled), May (held),
        // Jun 9 (unmarked) — 2 held of 6 scheduled.
        Adherence six = schedule.get(id).last6Months();
        assertThat(six).isEqualTo(new Adherence(6, 6, 2, 1, 1, 2));
        assertThat(six.percent()).isEqualTo(33);

        List<SeriesAttendance> attendance =
                schedule.attendance(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-05-31T00:00:00Z"));
        SeriesAttendance mine =
                attendance.stream().filter(a -> a.seriesId() == id).findFirst().orElseThrow();
        assertThat(mine).isEqualTo(new SeriesAttendance(id, "Check-in " + fx.tag, Set.of(city), true, 4, 2, 1, 1, 0));

        OccurrenceItem feb = schedule.occurrences(
                        id, Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"))
                .getFirst();
        assertThat(feb.status()).isEqualTo(OccurrenceStatus.HELD);
        assertThat(feb.staffIds()).containsExactly(director);
        assertThat(feb.contactIds()).containsExactly(contact);
        assertThat(feb.note()).isEqualTo("Budget talk");
    }

    @Test
    void a_meeting_that_has_not_happened_cannot_be_held_but_can_be_cancelled() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        assertThatThrownBy(() -> schedule.mark(id, JUL, OccurrenceStatus.HELD, Set.of(), Set.of(), null, -1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("status"));
        int before = schedule.get(id).sequence();
        schedule.mark(id, JUL, OccurrenceStatus.CANCELLED, Set.of(), Set.of(), null, -1);
        assertThat(schedule.get(id).sequence())
                .as("a cancellation changes the calendar")
                .isEqualTo(before + 1);
        assertThat(schedule.get(id).nextStart().toLocalDate()).isEqualTo(LocalDate.of(2026, 8, 11));
    }

    @Test
    void an_occurrence_not_in_the_rule_is_not_found() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        assertThatThrownBy(() -> schedule.mark(
                        id, LocalDateTime.of(2026, 2, 11, 10, 0), OccurrenceStatus.HELD, Set.of(), Set.of(), null, -1))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_moved_occurrence_leaves_its_month_and_shows_where_it_went() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        schedule.move(id, JUL, LocalDateTime.of(2026, 7, 16, 14, 30), -1);
        List<OccurrenceItem> july =
                schedule.occurrences(id, Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(july).singleElement().satisfies(o -> {
            assertThat(o.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 16, 14, 30));
            assertThat(o.original()).isEqualTo(JUL);
            assertThat(o.moved()).isTrue();
        });
        assertThatThrownBy(() -> schedule.move(id, JUL, LocalDateTime.of(2026, 7, 17, 9, 0), -1))
                .as("the occurrence changed since -1")
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void bad_input_names_its_field_and_saves_nothing() {
        SeriesForm form = ScheduleFixtures.secondTuesday(" ", city, director);
        form.setPartnerIds(Set.of());
        form.setDurationMinutes(2);
        assertThatThrownBy(() -> schedule.create(form))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKeys("title", "partnerIds", "durationMinutes"));

        SeriesForm secondly = ScheduleFixtures.secondTuesday("Too often " + fx.tag, city, director);
        secondly.setAdvancedRule("FREQ=SECONDLY;COUNT=1000000000");
        assertThatThrownBy(() -> schedule.create(secondly))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("advancedRule")).contains("at most daily"));

        SeriesForm endsEarly = ScheduleFixtures.secondTuesday("Ends early " + fx.tag, city, director);
        endsEarly.setEnding(Ending.ON_DATE);
        endsEarly.setUntilDate(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> schedule.create(endsEarly))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("untilDate"));
        assertThat(schedule.ofPartner(city)).isEmpty();
    }

    @Test
    void a_stale_edit_is_refused_and_an_edit_bumps_the_sequence() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        SeriesForm first = schedule.formFor(id);
        SeriesForm second = schedule.formFor(id);
        first.setLocation("City Hall, room 204");
        schedule.update(id, first);
        assertThat(schedule.get(id).sequence()).isEqualTo(1);
        second.setLocation("Library board room");
        assertThatThrownBy(() -> schedule.update(id, second)).isInstanceOf(StaleRecordException.class);
        assertThat(schedule.get(id).location()).isEqualTo("City Hall, room 204");
    }

    @Test
    void once_the_past_is_marked_the_schedule_changes_only_from_an_upcoming_occurrence_on() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        schedule.mark(id, FEB, OccurrenceStatus.HELD, Set.of(director), Set.of(), null, -1);
        SeriesForm thursdays = schedule.formFor(id);
        thursdays.setWeekday(DayOfWeek.THURSDAY);
        assertThatThrownBy(() -> schedule.update(id, thursdays))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("startDate")).contains("Change this and following"));

        SeriesForm fromJuly = schedule.formFor(id);
        fromJuly.setStartDate(LocalDate.of(2026, 7, 1));
        fromJuly.setWeekday(DayOfWeek.THURSDAY);
        long next = schedule.changeFrom(id, JUL, fromJuly);

        SeriesDetails old = schedule.get(id);
        assertThat(old.sentence()).startsWith("Every month on the second Tuesday at 10:00, Central Time, until");
        assertThat(
                        schedule
                                .occurrences(
                                        id,
                                        Instant.parse("2026-06-01T00:00:00Z"),
                                        Instant.parse("2027-01-01T00:00:00Z"))
                                .stream()
                                .map(o -> o.start().toLocalDate()))
                .containsExactly(LocalDate.of(2026, 6, 9));
        SeriesDetails continued = schedule.get(next);
        assertThat(continued.previousSeriesId()).isEqualTo(id);
        assertThat(continued.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(continued.sentence()).isEqualTo("Every month on the second Thursday at 10:00, Central Time");
        assertThat(old.last6Months().held()).isEqualTo(1);
    }

    @Test
    void the_history_says_who_changed_the_series_and_marked_an_occurrence() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        SeriesForm form = schedule.formFor(id);
        form.setTitle("Monthly check-in " + fx.tag);
        schedule.update(id, form);
        schedule.mark(id, FEB, OccurrenceStatus.HELD, Set.of(director), Set.of(), null, -1);
        List<HistoryEntry> entries = schedule.history(id);
        assertThat(entries).extracting(HistoryEntry::by).containsOnly("schedule.tester");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
            assertThat(e.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("Title");
                assertThat(c.after()).isEqualTo("Monthly check-in " + fx.tag);
            });
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
            assertThat(e.changes())
                    .contains(
                            new HistoryEntry.FieldChange("Partners", "", "City of Testville " + fx.tag),
                            new HistoryEntry.FieldChange("Organizer", "", "Dana Director"));
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.record()).isEqualTo("the occurrence of Tue Feb 10, 2026 10:00");
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.after()).isEqualTo("Held"));
        });
    }

    @Test
    void the_preview_gives_the_next_six_dates_from_today() {
        SeriesPreview preview = schedule.preview(ScheduleFixtures.secondTuesday("x", city, director));
        assertThat(preview.valid()).isTrue();
        assertThat(preview.next().stream().map(ZonedDateTime::toLocalDate))
                .containsExactly(
                        LocalDate.of(2026, 7, 14),
                        LocalDate.of(2026, 8, 11),
                        LocalDate.of(2026, 9, 8),
                        LocalDate.of(2026, 10, 13),
                        LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 12, 8));
    }
}
