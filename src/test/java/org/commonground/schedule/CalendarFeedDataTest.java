package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The personal feed read back with iCal4j: valid, every property a client needs, and for a partner user
 * nothing of another organization. A reset token stops working at once.
 */
@DataTest
@WithMockUser(username = "feed.tester", roles = "DIRECTOR")
class CalendarFeedDataTest {

    @Autowired
    MutableClock scheduleClock;

    @BeforeEach
    void stopTheClockAtScheduleNow() {
        scheduleClock.set(ScheduleClock.NOW);
    }

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    @Autowired
    FeedTokens tokens;

    ScheduleFixtures fx;
    long city;
    long museum;
    long director;

    @BeforeEach
    void setUp() {
        fx = new ScheduleFixtures(partners, accounts);
        city = fx.partner("City of Feedville", PartnerKind.GOVERNMENT);
        museum = fx.partner("Feedville Science Museum", PartnerKind.SCIENCE_LEADER);
        director = fx.staff("Fran Feed");
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void the_feed_parses_back_valid_with_rule_exdate_override_zones_uid_stamp_and_sequence() throws Exception {
        long cityId = schedule.create(ScheduleFixtures.secondTuesday("City check-in " + fx.tag, city, director));
        SeriesForm eastern = ScheduleFixtures.secondTuesday("Museum call " + fx.tag, museum, director);
        eastern.setTimeZone(ZoneId.of("America/New_York"));
        eastern.setStartTime(LocalTime.of(15, 0));
        eastern.setAdvancedRule("FREQ=WEEKLY;BYDAY=WE;COUNT=20");
        long museumId = schedule.create(eastern);
        schedule.mark(
                cityId, LocalDateTime.of(2026, 7, 14, 10, 0), OccurrenceStatus.CANCELLED, Set.of(), Set.of(), null, -1);
        schedule.move(cityId, LocalDateTime.of(2026, 8, 11, 10, 0), LocalDateTime.of(2026, 8, 13, 14, 0), -1);

        String token = tokens.tokenOf(director);
        Calendar calendar = parse(schedule.feed(token).orElseThrow().body());
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue))
                .hasValue("2.0");

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);
        for (VEvent e : events) {
            assertThat(value(e, Property.UID)).isNotBlank();
            assertThat(value(e, Property.DTSTAMP)).endsWith("Z");
            assertThat(e.getProperty(Property.SEQUENCE)).isPresent();
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID))
                    .isPresent();
        }
        VEvent city = events.stream()
                .filter(e -> value(e, Property.SUMMARY).startsWith("City")
                        && e.getProperty(Property.RECURRENCE_ID).isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(value(city, Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
        assertThat(value(city, Property.DTSTART)).isEqualTo("20260113T100000");
        assertThat(city.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter(Parameter.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("America/Chicago");
        Property exdate = city.getProperty(Property.EXDATE).orElseThrow();
        assertThat(exdate.getValue()).isEqualTo("20260714T100000");
        assertThat(exdate.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Chicago");
        assertThat(value(city, Property.SEQUENCE)).isEqualTo("2");

        VEvent moved = events.stream()
                .filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(value(moved, Property.UID)).isEqualTo(value(city, Property.UID));
        assertThat(value(moved, Property.RECURRENCE_ID)).isEqualTo("20260811T100000");
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20260813T140000");

        assertThat(calendar.getComponents(Component.VTIMEZONE).stream().map(z -> value(z, Property.TZID)))
                .containsExactlyInAnyOrder("America/Chicago", "America/New_York");
        assertThat(schedule.get(museumId).sentence())
                .isEqualTo("Every week on Wednesday at 15:00, Eastern Time, 20 times");
    }

    @Test
    void a_partner_users_feed_never_holds_another_organizations_series() throws Exception {
        schedule.create(ScheduleFixtures.secondTuesday("City check-in " + fx.tag, city, director));
        schedule.create(ScheduleFixtures.secondTuesday("Museum check-in " + fx.tag, museum, director));
        long cityUser = fx.partnerUser(city);

        Calendar calendar =
                parse(schedule.feed(tokens.tokenOf(cityUser)).orElseThrow().body());
        List<String> titles = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> value(e, Property.SUMMARY))
                .toList();
        assertThat(titles).containsExactly("City check-in " + fx.tag);
        assertThat(calendar.toString()).doesNotContain("Museum");
    }

    @Test
    void a_reset_token_stops_working_at_once_and_a_made_up_one_never_works() {
        schedule.create(ScheduleFixtures.secondTuesday("City check-in " + fx.tag, city, director));
        String old = tokens.tokenOf(director);
        assertThat(schedule.feed(old)).isPresent();
        String fresh = tokens.reset(director);
        assertThat(fresh).isNotEqualTo(old).hasSize(43);
        assertThat(schedule.feed(old)).isEmpty();
        assertThat(schedule.feedVersion(old)).isEmpty();
        assertThat(schedule.feed(fresh)).isPresent();
        assertThat(schedule.feed("not-a-token")).isEmpty();
        assertThat(schedule.feed("A".repeat(43))).isEmpty();
    }

    @Test
    void the_feed_version_changes_when_an_occurrence_does_and_not_otherwise() {
        long id = schedule.create(ScheduleFixtures.secondTuesday("City check-in " + fx.tag, city, director));
        String token = tokens.tokenOf(director);
        FeedVersion before = schedule.feedVersion(token).orElseThrow();
        assertThat(schedule.feedVersion(token).orElseThrow()).isEqualTo(before);
        schedule.mark(
                id, LocalDateTime.of(2026, 7, 14, 10, 0), OccurrenceStatus.CANCELLED, Set.of(), Set.of(), null, -1);
        assertThat(schedule.feedVersion(token).orElseThrow().etag()).isNotEqualTo(before.etag());
    }

    @Test
    void one_series_downloads_as_a_valid_ics() throws Exception {
        long id = schedule.create(ScheduleFixtures.secondTuesday("City check-in " + fx.tag, city, director));
        Calendar calendar = parse(schedule.ics(id));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT))
                .singleElement()
                .satisfies(e -> assertThat(value(e, Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYDAY=2TU"));
    }
}
