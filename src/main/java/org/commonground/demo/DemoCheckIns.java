package org.commonground.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;
import org.commonground.schedule.Ending;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.OccurrenceStatus;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesForm;

/**
 * The demo library's recurring check-ins: the director's monthly meeting with the Mayor's office on the
 * second Tuesday at 10:00 for the last 14 months (mostly held, some missed or cancelled, a few logged as
 * interactions), a weekly call with the sustainability office, a quarterly one with the science museum and
 * a bimonthly data review with the watershed district (the demo partner user's organization).
 */
final class DemoCheckIns {

    private DemoCheckIns() {}

    static void create(
            ScheduleService schedule,
            PartnerService partners,
            Map<String, Long> partnerIds,
            Map<String, Long> staff,
            Clock clock) {
        ZoneId zone = clock.getZone();
        ZonedDateTime now = ZonedDateTime.now(clock);
        long director = staff.get("director");
        long outreach = staff.get("staff");

        long mayor = partnerIds.get("Office of the Mayor of Maple Falls");
        List<ContactDetails> mayorsPeople = partners.contactsOf(mayor);
        LocalDate fourteenMonthsAgo = now.toLocalDate()
                .minusMonths(14)
                .withDayOfMonth(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        SeriesForm city = form(
                "Monthly check-in with the Mayor's office",
                mayor,
                director,
                Set.of(director),
                ids(mayorsPeople),
                fourteenMonthsAgo,
                LocalTime.of(10, 0),
                zone,
                60);
        city.setRepeat(Repeat.MONTHLY_ON_WEEKDAY);
        city.setWeekday(DayOfWeek.TUESDAY);
        city.setWeekOrdinal(2);
        city.setLocation("City Hall, Mayor's conference room (2nd floor)");
        city.setNotes("Standing agenda: shared goals in the 2030 plan, library programs on heat and air quality, "
                + "what the city needs from the library next.");
        long cityId = schedule.create(city);
        markPast(schedule, cityId, director, mayorsPeople, now);

        long sustainability = partnerIds.get("Office of Sustainability and Resilience");
        SeriesForm weekly = form(
                "Weekly heat-response call",
                sustainability,
                outreach,
                Set.of(outreach),
                ids(partners.contactsOf(sustainability)),
                now.toLocalDate().minusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)),
                LocalTime.of(14, 0),
                zone,
                30);
        weekly.setRepeat(Repeat.WEEKLY);
        weekly.setWeekdays(Set.of(DayOfWeek.THURSDAY));
        weekly.setEnding(Ending.AFTER_COUNT);
        weekly.setCount(26);
        weekly.setVideoLink("https://meet.example.org/heat-response");
        weekly.setReminderHours(2);
        long weeklyId = schedule.create(weekly);
        schedule.occurrences(weeklyId, now.minusWeeks(11).toInstant(), now.toInstant())
                .forEach(o -> schedule.mark(
                        weeklyId, o.original(), OccurrenceStatus.HELD, Set.of(outreach), Set.of(), null, o.version()));

        long museum = partnerIds.get("Discovery Science Museum");
        SeriesForm quarterly = form(
                "Quarterly programming review",
                museum,
                director,
                Set.of(director, outreach),
                ids(partners.contactsOf(museum)),
                now.toLocalDate()
                        .minusMonths(7)
                        .withDayOfMonth(1)
                        .with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)),
                LocalTime.of(15, 30),
                zone,
                90);
        quarterly.setRepeat(Repeat.MONTHLY_ON_WEEKDAY);
        quarterly.setInterval(3);
        quarterly.setWeekday(DayOfWeek.WEDNESDAY);
        quarterly.setWeekOrdinal(1);
        quarterly.setLocation("Discovery Science Museum, education wing");
        long quarterlyId = schedule.create(quarterly);
        schedule.occurrences(quarterlyId, now.minusMonths(8).toInstant(), now.toInstant())
                .forEach(o -> schedule.mark(
                        quarterlyId,
                        o.original(),
                        OccurrenceStatus.HELD,
                        Set.of(director, outreach),
                        Set.of(),
                        null,
                        o.version()));

        long watershed = partnerIds.get(DemoLibrary.PARTNER_USER_ORGANIZATION);
        SeriesForm data = form(
                "Watershed data review",
                watershed,
                outreach,
                Set.of(outreach),
                ids(partners.contactsOf(watershed)),
                now.toLocalDate()
                        .minusMonths(3)
                        .withDayOfMonth(1)
                        .with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY)),
                LocalTime.of(9, 0),
                zone,
                60);
        data.setRepeat(Repeat.MONTHLY_ON_WEEKDAY);
        data.setInterval(2);
        data.setWeekday(DayOfWeek.THURSDAY);
        data.setWeekOrdinal(1);
        schedule.create(data);
    }

    /** Most past meetings held with the director and the chief of staff; two missed, one cancelled; the last two logged. */
    private static void markPast(
            ScheduleService schedule, long id, long director, List<ContactDetails> people, ZonedDateTime now) {
        List<OccurrenceItem> past = schedule.occurrences(id, now.minusMonths(15).toInstant(), now.toInstant());
        Set<Long> present = people.stream().limit(1).map(ContactDetails::id).collect(Collectors.toSet());
        for (int i = 0; i < past.size(); i++) {
            OccurrenceItem o = past.get(i);
            OccurrenceStatus status = i == 3 || i == 9
                    ? OccurrenceStatus.MISSED
                    : i == 6 ? OccurrenceStatus.CANCELLED : OccurrenceStatus.HELD;
            schedule.mark(
                    id,
                    o.original(),
                    status,
                    status == OccurrenceStatus.HELD ? Set.of(director) : Set.of(),
                    status == OccurrenceStatus.HELD ? present : Set.of(),
                    i == 6 ? "City budget hearings that week." : null,
                    o.version());
            if (status == OccurrenceStatus.HELD && i >= past.size() - 2) {
                schedule.logInteraction(id, o.original());
            }
        }
        // Next month's meeting moves a day later: the feed shows it as an override (RECURRENCE-ID).
        schedule.occurrences(id, now.toInstant(), now.plusMonths(2).toInstant()).stream()
                .skip(1)
                .findFirst()
                .ifPresent(o -> schedule.move(
                        id,
                        o.original(),
                        LocalDateTime.of(
                                o.original().toLocalDate().plusDays(1),
                                o.original().toLocalTime()),
                        o.version()));
    }

    private static SeriesForm form(
            String title,
            long partnerId,
            long organizer,
            Set<Long> staff,
            Set<Long> contacts,
            LocalDate start,
            LocalTime time,
            ZoneId zone,
            int minutes) {
        SeriesForm form = new SeriesForm();
        form.setTitle(title);
        form.setPartnerIds(Set.of(partnerId));
        form.setOrganizerId(organizer);
        form.setStaffIds(staff);
        form.setContactIds(contacts);
        form.setStartDate(start);
        form.setStartTime(time);
        form.setTimeZone(zone);
        form.setDurationMinutes(minutes);
        form.setEnding(Ending.NEVER);
        form.setReminderHours(24);
        return form;
    }

    private static Set<Long> ids(List<ContactDetails> people) {
        return people.stream().map(ContactDetails::id).collect(Collectors.toSet());
    }
}
