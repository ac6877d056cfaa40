package org.commonground.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.commonground.shared.InvalidInputException;

/**
 * Reads an invitation (.ics from Outlook, Google, Apple…) with iCal4j into a series form. Anything a
 * meeting series cannot be — no event, several events, an all-day event, extra dates, a rule more often
 * than daily — is refused with a message saying what is wrong; nothing is created here.
 */
final class InvitationReader {

    static final int MAX_BYTES = 1_000_000;
    private static final String FIELD = "file";
    /** Windows zone names Outlook writes as TZID, for the zones a US library meets in most. */
    private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("us mountain standard time", "America/Phoenix"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("alaskan standard time", "America/Anchorage"),
            Map.entry("hawaiian standard time", "Pacific/Honolulu"),
            Map.entry("atlantic standard time", "America/Halifax"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("utc", "UTC"));

    private InvitationReader() {}

    static ImportedInvitation read(byte[] bytes, ZoneId libraryZone) {
        if (bytes == null || bytes.length == 0) {
            throw refused("The file is empty. Export the invitation again from your calendar and upload that file.");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("The file is larger than 1 MB; an invitation is a few kilobytes. Upload the single "
                    + "invitation, not a whole calendar.");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        } catch (ParserException e) {
            throw refused("This is not a calendar file that can be read (line " + e.getLineNo() + ": "
                    + firstLine(e.getMessage()) + "). Upload the .ics file your calendar exported.");
        } catch (IOException | RuntimeException e) {
            throw refused("This is not a calendar file that can be read (" + firstLine(e.getMessage())
                    + "). Upload the .ics file your calendar exported.");
        }
        if (calendar.getProperty(Property.METHOD)
                .map(p -> p.getValue().equalsIgnoreCase("CANCEL"))
                .orElse(false)) {
            throw refused("This file cancels a meeting; it is not an invitation to import.");
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            throw refused("The file holds no event (VEVENT). Upload a meeting invitation.");
        }
        List<VEvent> masters = events.stream()
                .filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())
                .toList();
        Set<String> uids = new LinkedHashSet<>();
        events.forEach(e ->
                uids.add(e.getProperty(Property.UID).map(Property::getValue).orElse("")));
        if (masters.size() != 1 || uids.size() != 1) {
            throw refused("The file holds " + Math.max(masters.size(), uids.size()) + " different events; import "
                    + "one invitation at a time.");
        }
        VEvent master = masters.getFirst();
        String uid = uids.iterator().next();
        if (uid.isBlank()) {
            throw refused("The event has no UID, so it could not be kept in step with its calendar.");
        }
        if (master.getProperty(Property.RDATE).isPresent()) {
            throw refused("The event has extra dates (RDATE), which a meeting series does not support.");
        }
        if (master.getProperties(Property.RRULE).size() > 1) {
            throw refused("The event has more than one repeat rule (RRULE), which is not supported.");
        }
        Property dtStart =
                master.getProperty(Property.DTSTART).orElseThrow(() -> refused("The event has no start (DTSTART)."));
        ZoneId zone = zoneOf(dtStart, libraryZone);
        LocalDateTime start = local(dtStart, zone, "start");
        Duration length = length(master, dtStart, zone, start);

        SeriesForm form = new SeriesForm();
        form.setTitle(text(master, Property.SUMMARY).orElse("Imported check-in"));
        form.setNotes(text(master, Property.DESCRIPTION)
                .map(t -> t.length() > SeriesForm.NOTES_MAX ? t.substring(0, SeriesForm.NOTES_MAX) : t)
                .orElse(null));
        String where = text(master, Property.LOCATION).orElse(null);
        if (where != null && (where.startsWith("https://") || where.startsWith("http://"))) {
            form.setVideoLink(where);
        } else {
            form.setLocation(where);
            text(master, Property.URL).filter(u -> u.startsWith("https://")).ifPresent(form::setVideoLink);
        }
        form.setStartDate(start.toLocalDate());
        form.setStartTime(start.toLocalTime());
        form.setTimeZone(zone);
        form.setDurationMinutes((int) length.toMinutes());
        Recurrence recurrence;
        try {
            recurrence = Recurrence.parse(
                    master.getProperty(Property.RRULE).map(Property::getValue).orElse("FREQ=DAILY;COUNT=1"), zone);
        } catch (InvalidInputException e) {
            throw refused("Its repeat rule cannot be used: "
                    + String.join(" ", e.fieldMessages().values()));
        }
        ZonedDateTime first = start.atZone(zone);
        RecurrenceChoice.from(recurrence, first)
                .ifPresentOrElse(form::setChoice, () -> form.setAdvancedRule(recurrence.rule()));

        List<LocalDateTime> cancelled = new ArrayList<>();
        for (Property exDate : master.getProperties(Property.EXDATE)) {
            for (String value : exDate.getValue().split(",")) {
                cancelled.add(localValue(value.strip(), exDate, zone));
            }
        }
        Map<LocalDateTime, LocalDateTime> moved = new LinkedHashMap<>();
        for (VEvent override : events) {
            Optional<Property> recurrenceId = override.getProperty(Property.RECURRENCE_ID);
            if (recurrenceId.isEmpty()) {
                continue;
            }
            LocalDateTime original = local(recurrenceId.get(), zone, "RECURRENCE-ID");
            boolean isCancelled = override.getProperty(Property.STATUS)
                    .map(p -> p.getValue().equalsIgnoreCase("CANCELLED"))
                    .orElse(false);
            if (isCancelled) {
                cancelled.add(original);
            } else {
                override.getProperty(Property.DTSTART).ifPresent(p -> moved.put(original, local(p, zone, "start")));
            }
        }
        return new ImportedInvitation(form, uid, cancelled, moved);
    }

    private static ZoneId zoneOf(Property dtStart, ZoneId libraryZone) {
        Optional<String> tzid = dtStart.getParameter(Parameter.TZID).map(Parameter::getValue);
        if (tzid.isEmpty()) {
            return libraryZone; // UTC or floating: shown in the library's zone
        }
        String name = tzid.get().replace("\"", "").strip();
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            // Not an IANA name: Outlook's Windows names, or a name iCal4j knows as an alias.
        }
        String windows = WINDOWS_ZONES.get(name.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return ZoneId.of(windows);
        }
        try {
            ZoneId global = TimeZoneRegistry.getGlobalZoneId(name);
            if (global != null && ZoneId.getAvailableZoneIds().contains(global.getId())) {
                return global;
            }
        } catch (RuntimeException e) {
            // fall through to the message
        }
        throw refused("The invitation's time zone “" + name + "” is not one Common Ground knows. Export it "
                + "again with a standard zone, such as America/Chicago.");
    }

    private static LocalDateTime local(Property property, ZoneId zone, String what) {
        Temporal value;
        try {
            value = ((DateProperty<?>) property).getDate();
        } catch (RuntimeException e) {
            throw refused("The event's " + what + " could not be read (" + firstLine(e.getMessage()) + ").");
        }
        return toLocal(value, zone, what);
    }

    private static LocalDateTime localValue(String value, Property property, ZoneId zone) {
        try {
            if (value.length() == 8) {
                throw refused("All-day events are not supported: a check-in has a start time.");
            }
            if (value.endsWith("Z")) {
                return OffsetDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssX"))
                        .atZoneSameInstant(zone)
                        .toLocalDateTime();
            }
            return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"));
        } catch (DateTimeException e) {
            throw refused("A cancelled date (EXDATE “" + value + "”) could not be read.");
        }
    }

    private static LocalDateTime toLocal(Temporal value, ZoneId zone, String what) {
        return switch (value) {
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(zone).toLocalDateTime();
            case OffsetDateTime offset -> offset.atZoneSameInstant(zone).toLocalDateTime();
            case Instant instant -> instant.atZone(zone).toLocalDateTime();
            case LocalDateTime localDateTime -> localDateTime;
            case LocalDate date ->
                throw refused("All-day events are not supported: a check-in has a start time " + "(the " + what
                        + " is the date " + date + ").");
            default -> throw refused("The event's " + what + " could not be read.");
        };
    }

    private static Duration length(VEvent event, Property dtStart, ZoneId zone, LocalDateTime start) {
        Duration length = Duration.ofHours(1);
        Optional<Property> end = event.getProperty(Property.DTEND);
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (end.isPresent()) {
            length = Duration.between(
                    start.atZone(zone), local(end.get(), zone, "end").atZone(zone));
        } else if (duration.isPresent()) {
            try {
                length = Duration.parse(duration.get().getValue());
            } catch (RuntimeException e) {
                throw refused("The event's length (DURATION “" + duration.get().getValue() + "”) could not be read.");
            }
        }
        if (length.toMinutes() < 5) {
            throw refused("The event ends before it starts, or lasts under 5 minutes.");
        }
        if (length.toMinutes() > 720) {
            throw refused("The event lasts more than 12 hours; a check-in is a meeting, not a multi-day event.");
        }
        return length;
    }

    private static Optional<String> text(VEvent event, String name) {
        return event.getProperty(name)
                .map(Property::getValue)
                .map(String::strip)
                .filter(t -> !t.isEmpty());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static InvalidInputException refused(String message) {
        return InvalidInputException.of(FIELD, message);
    }
}
