package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Importing invitations as Google and Outlook write them, and refusing what a series cannot be. */
@DataTest
@WithMockUser(username = "import.tester", roles = "DIRECTOR")
class InvitationImportDataTest {

    @Autowired
    MutableClock scheduleClock;

    @BeforeEach
    void stopTheClockAtScheduleNow() {
        scheduleClock.set(ScheduleClock.NOW);
    }

    static final String GOOGLE = """
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            METHOD:REQUEST
            BEGIN:VTIMEZONE
            TZID:America/Chicago
            BEGIN:DAYLIGHT
            TZOFFSETFROM:-0600
            TZOFFSETTO:-0500
            TZNAME:CDT
            DTSTART:19700308T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0600
            TZNAME:CST
            DTSTART:19701101T020000
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTART;TZID=America/Chicago:20260804T140000
            DTEND;TZID=America/Chicago:20260804T143000
            RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T200000Z
            EXDATE;TZID=America/Chicago:20260901T140000
            DTSTAMP:20260601T120000Z
            UID:3k4j5h6g7f8d9s@google.com
            SUMMARY:Parks department weekly call
            LOCATION:https://meet.google.com/abc-defg-hij
            SEQUENCE:0
            STATUS:CONFIRMED
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=America/Chicago:20260813T090000
            DTEND;TZID=America/Chicago:20260813T093000
            RECURRENCE-ID;TZID=America/Chicago:20260811T140000
            DTSTAMP:20260601T120000Z
            UID:3k4j5h6g7f8d9s@google.com
            SUMMARY:Parks department weekly call
            SEQUENCE:1
            END:VEVENT
            END:VCALENDAR
            """;

    static final String OUTLOOK = """
            BEGIN:VCALENDAR
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
            VERSION:2.0
            METHOD:REQUEST
            BEGIN:VTIMEZONE
            TZID:Central Standard Time
            BEGIN:STANDARD
            DTSTART:16011104T020000
            RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0600
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010311T020000
            RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
            TZOFFSETFROM:-0600
            TZOFFSETTO:-0500
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            ORGANIZER;CN="Mayor's Office":mailto:mayor@maplefalls.example.gov
            RRULE:FREQ=MONTHLY;COUNT=12;BYDAY=-1FR
            UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3
            SUMMARY:Last-Friday partnership review
            DTSTART;TZID=Central Standard Time:20260731T150000
            DTEND;TZID=Central Standard Time:20260731T160000
            DTSTAMP:20260601T150000Z
            LOCATION:City Hall, room 204
            SEQUENCE:0
            END:VEVENT
            END:VCALENDAR
            """;

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    ScheduleFixtures fx;
    long parks;
    long organizer;

    @BeforeEach
    void setUp() {
        fx = new ScheduleFixtures(partners, accounts);
        parks = fx.partner("Parks Department", PartnerKind.GOVERNMENT);
        organizer = fx.staff("Ivy Import");
    }

    static byte[] bytes(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    String unique(String text) {
        return text.replace("3k4j5h6g7f8d9s@google.com", fx.tag + "@google.com")
                .replace("040000008200E00074C5B7101A82E00800000000A0B1C2D3", "outlook-" + fx.tag);
    }

    @Test
    void a_google_invitation_becomes_a_series_with_its_cancellation_and_its_move() {
        ImportedInvitation invitation = schedule.readInvitation(bytes(unique(GOOGLE)));
        SeriesForm form = invitation.form();
        assertThat(form.getTitle()).isEqualTo("Parks department weekly call");
        assertThat(form.getTimeZone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(form.getStartDate()).isEqualTo(LocalDate.of(2026, 8, 4));
        assertThat(form.getStartTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(form.getDurationMinutes()).isEqualTo(30);
        assertThat(form.getVideoLink()).isEqualTo("https://meet.google.com/abc-defg-hij");
        assertThat(form.getRepeat()).isEqualTo(Repeat.WEEKLY);
        assertThat(form.getEnding()).isEqualTo(Ending.ON_DATE);
        assertThat(form.getUntilDate()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(invitation.cancelled()).containsExactly(LocalDateTime.of(2026, 9, 1, 14, 0));

        form.setPartnerIds(Set.of(parks));
        form.setOrganizerId(organizer);
        long id = schedule.createImported(invitation, form);
        var august =
                schedule.occurrences(id, Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-09-08T00:00:00Z"));
        // Tuesdays Aug 4, 11 (moved to Thu 13 at 09:00), 18, 25; Sep 1 cancelled (still scheduled, shown cancelled).
        assertThat(august.stream().map(o -> o.start().toLocalDateTime()))
                .containsExactly(
                        LocalDateTime.of(2026, 8, 4, 14, 0),
                        LocalDateTime.of(2026, 8, 13, 9, 0),
                        LocalDateTime.of(2026, 8, 18, 14, 0),
                        LocalDateTime.of(2026, 8, 25, 14, 0),
                        LocalDateTime.of(2026, 9, 1, 14, 0));
        assertThat(august.getLast().cancelled()).isTrue();
        assertThat(schedule.get(id).uid()).isEqualTo(fx.tag + "@google.com");

        assertThatThrownBy(() -> schedule.readInvitation(bytes(unique(GOOGLE))))
                .hasMessage("This invitation was already imported as “Parks department weekly call”.");
    }

    @Test
    void an_outlook_invitation_with_a_windows_time_zone_name_is_read_in_chicago() {
        ImportedInvitation invitation = schedule.readInvitation(bytes(unique(OUTLOOK)));
        assertThat(invitation.form().getTimeZone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(invitation.form().getRepeat()).isEqualTo(Repeat.MONTHLY_ON_WEEKDAY);
        assertThat(invitation.form().getWeekOrdinal()).isEqualTo(-1);
        assertThat(invitation.form().getCount()).isEqualTo(12);
        assertThat(invitation.form().getLocation()).isEqualTo("City Hall, room 204");
        SeriesForm form = invitation.form();
        form.setPartnerIds(Set.of(parks));
        form.setOrganizerId(organizer);
        long id = schedule.createImported(invitation, form);
        assertThat(schedule.get(id).sentence())
                .isEqualTo("Every month on the last Friday at 15:00, Central Time, 12 times");
    }

    @Test
    void malformed_and_unsupported_files_say_what_is_wrong() {
        assertRefused(
                "this is not a calendar".getBytes(StandardCharsets.UTF_8), "not a calendar file that can be read");
        assertRefused(new byte[0], "The file is empty");
        assertRefused(bytes("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\n"), "holds no event");
        assertRefused(
                bytes(unique(GOOGLE)
                        .replace("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T200000Z", "FREQ=SECONDLY;COUNT=1000000000")),
                "at most daily");
        assertRefused(
                bytes(unique(GOOGLE)
                        .replace("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T200000Z", "FREQ=DAILY;COUNT=1000000000")),
                "at most 1,000 occurrences");
        assertRefused(
                bytes(unique(OUTLOOK)
                        .replace("DTSTART;TZID=Central Standard Time:20260731T150000", "DTSTART;VALUE=DATE:20260731")
                        .replace("DTEND;TZID=Central Standard Time:20260731T160000", "DTEND;VALUE=DATE:20260801")),
                "All-day events are not supported");
        assertRefused(
                bytes(unique(OUTLOOK).replace("Central Standard Time", "Moon Base Time")),
                "time zone “Moon Base Time”");
        assertRefused(
                bytes(
                        unique(OUTLOOK)
                                .replace(
                                        "END:VEVENT",
                                        "END:VEVENT\nBEGIN:VEVENT\nUID:other\n"
                                                + "DTSTAMP:20260601T150000Z\nDTSTART:20260801T100000Z\nSUMMARY:Other\nEND:VEVENT")),
                "2 different events");
        assertThat(schedule.ofPartner(parks)).as("nothing was created").isEmpty();
    }

    @Test
    void an_import_without_partners_is_refused_on_that_field_and_creates_nothing() {
        ImportedInvitation invitation = schedule.readInvitation(bytes(unique(OUTLOOK)));
        invitation.form().setOrganizerId(organizer);
        assertThatThrownBy(() -> schedule.createImported(invitation, invitation.form()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("partnerIds"));
        invitation.form().setPartnerIds(Set.of(parks));
        invitation.form().setOrganizerId(organizer);
        schedule.createImported(invitation, invitation.form());
        assertThat(schedule.ofPartner(parks)).hasSize(1);
    }

    private void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> schedule.readInvitation(file))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("file")).contains(message));
    }
}
