package org.commonground.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A series' occurrences in a period: the rule's dates (iCal4j, capped) with the stored changes laid over
 * them — an occurrence moved out of the period leaves it, one moved into it joins it.
 */
final class Expansion {

    private Expansion() {}

    /** @param rows the stored occurrences of this series that may matter (any superset is fine) */
    static List<Slot> of(MeetingSeries series, Collection<Occurrence> rows, Instant from, Instant to, int max) {
        ZoneId zone = series.zone();
        ZonedDateTime start = series.start();
        Map<LocalDateTime, Occurrence> byOriginal = new HashMap<>();
        for (Occurrence row : rows) {
            byOriginal.put(row.getOriginalStart(), row);
        }
        List<Slot> slots = new ArrayList<>();
        for (ZonedDateTime date : series.recurrence().between(start, from, to, max)) {
            LocalDateTime original = date.toLocalDateTime();
            Occurrence row = byOriginal.get(original);
            if (row == null || row.getMovedStart() == null) {
                slots.add(new Slot(series, original, date, row));
            }
        }
        for (Occurrence row : rows) {
            if (row.getMovedStart() != null
                    && !row.getStartsAt().isBefore(from)
                    && row.getStartsAt().isBefore(to)) {
                slots.add(new Slot(
                        series, row.getOriginalStart(), row.getMovedStart().atZone(zone), row));
            }
        }
        slots.sort(Comparator.comparing((Slot s) -> s.start().toInstant()));
        return slots.size() > max ? List.copyOf(slots.subList(0, max)) : slots;
    }

    /** Whether {@code original} is one of the series' rule dates (so an occurrence may be stored for it). */
    static boolean isOccurrence(MeetingSeries series, LocalDateTime original) {
        ZonedDateTime at = original.atZone(series.zone());
        return series
                .recurrence()
                .between(series.start(), at.toInstant(), at.toInstant().plusSeconds(1), 1)
                .stream()
                .anyMatch(d -> d.toLocalDateTime().equals(original));
    }
}
