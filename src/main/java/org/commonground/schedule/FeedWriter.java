package org.commonground.schedule;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes series as iCalendar with iCal4j: per series one VEVENT with its RRULE and the cancelled
 * occurrences as EXDATE, one VEVENT per moved occurrence (same UID, RECURRENCE-ID), and a VTIMEZONE for
 * every zone used. What clients need to recur it correctly, nothing expanded by hand.
 */
final class FeedWriter {

    record Host(String name, String email) {}

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private FeedWriter() {}

    /** @param exceptions each series' moved and cancelled occurrences */
    static Calendar calendar(
            String name,
            List<MeetingSeries> series,
            Map<Long, List<Occurrence>> exceptions,
            Map<Long, Host> organizers) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Common Ground//Check-ins//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // No METHOD: a subscribed feed is plain RFC 5545 data, not an iTIP message (PUBLISH would require an
        // ORGANIZER with an e-mail address on every event, which not every organizer has).
        calendar.add(new XProperty("X-WR-CALNAME", name));
        // Subscribed calendars ask again after this long (Outlook and Apple read it; Google polls on its own).
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        Set<String> zones = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (MeetingSeries s : series) {
            zones.add(s.getTimeZone());
            List<Occurrence> changed = exceptions.getOrDefault(s.getId(), List.of());
            events.add(master(s, changed, organizers.get(s.getOrganizerId())));
            for (Occurrence o : changed) {
                if (o.getMovedStart() != null && o.getStatus() != OccurrenceStatus.CANCELLED) {
                    events.add(moved(s, o, organizers.get(s.getOrganizerId())));
                }
            }
        }
        for (String zone : zones) {
            calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
        }
        events.forEach(calendar::add);
        return calendar;
    }

    private static VEvent master(MeetingSeries s, List<Occurrence> changed, Host organizer) {
        ZonedDateTime start = s.start();
        VEvent event = common(new VEvent(start, start.plusMinutes(s.getDurationMinutes()), s.getTitle()), s, organizer);
        event.add(new RRule<>(s.getRule()));
        List<ZonedDateTime> cancelled = changed.stream()
                .filter(o -> o.getStatus() == OccurrenceStatus.CANCELLED)
                .map(o -> o.getOriginalStart().atZone(s.zone()))
                .toList();
        if (!cancelled.isEmpty()) {
            event.add(new ExDate<>(zoneParameter(s.zone()), new DateList<>(cancelled)));
        }
        return event;
    }

    private static VEvent moved(MeetingSeries s, Occurrence o, Host organizer) {
        ZonedDateTime start = o.getMovedStart().atZone(s.zone());
        VEvent event = common(new VEvent(start, start.plusMinutes(s.getDurationMinutes()), s.getTitle()), s, organizer);
        event.add(
                new RecurrenceId<>(zoneParameter(s.zone()), o.getOriginalStart().atZone(s.zone())));
        return event;
    }

    private static VEvent common(VEvent event, MeetingSeries s, Host organizer) {
        event.add(new Uid(s.getUid()));
        event.replace(new DtStamp(seconds(s.getUpdatedAt())));
        event.add(new Created(seconds(s.getCreatedAt())));
        event.add(new LastModified(seconds(s.getUpdatedAt())));
        event.add(new Sequence(s.getSequenceNo()));
        event.add(new Status(Status.VALUE_CONFIRMED));
        String where = s.getLocation() != null ? s.getLocation() : s.getVideoLink();
        if (where != null) {
            event.add(new Location(where));
        }
        StringBuilder text = new StringBuilder();
        if (s.getNotes() != null) {
            text.append(s.getNotes());
        }
        if (s.getVideoLink() != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Join: ").append(s.getVideoLink());
            try {
                event.add(new Url(URI.create(s.getVideoLink())));
            } catch (IllegalArgumentException e) {
                // A link that is not a URI still reads in the description.
            }
        }
        if (!text.isEmpty()) {
            event.add(new Description(text.toString()));
        }
        if (organizer != null && organizer.email() != null) {
            event.add(new Organizer(
                    new ParameterList(List.of(new Cn(organizer.name()))), URI.create("mailto:" + organizer.email())));
        }
        return event;
    }

    private static ParameterList zoneParameter(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static Instant seconds(Instant at) {
        return (at == null ? Instant.EPOCH : at).truncatedTo(ChronoUnit.SECONDS);
    }
}
