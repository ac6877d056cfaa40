package org.commonground.schedule;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.history.HistoryField;
import org.commonground.security.StaffMember;

/** Which fields of a series and of its occurrences the history shows, under which labels. */
final class SeriesHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, uuuu HH:mm", Locale.US);

    private SeriesHistory() {}

    static List<HistoryField<MeetingSeries>> seriesFields(
            Map<Long, StaffMember> staff, Function<Long, String> partnerName, Function<Long, String> contactName) {
        return List.of(
                HistoryField.of("Title", MeetingSeries::getTitle),
                HistoryField.of("Repeats", s -> Sentence.of(s.recurrence(), s.start())),
                HistoryField.of("Rule", MeetingSeries::getRule),
                HistoryField.of("First meeting", s -> WHEN.format(s.getStartLocal()) + " " + s.getTimeZone()),
                HistoryField.of("Length", s -> s.getDurationMinutes() + " minutes"),
                HistoryField.of("Organizer", s -> name(staff, s.getOrganizerId())),
                HistoryField.of(
                        "Library staff invited",
                        s -> s.getStaffIds().stream()
                                .map(i -> name(staff, i))
                                .sorted()
                                .collect(Collectors.joining(", "))),
                HistoryField.of(
                        "Partners",
                        s -> s.getPartnerIds().stream()
                                .map(partnerName)
                                .sorted()
                                .collect(Collectors.joining(", "))),
                HistoryField.of(
                        "Contacts invited",
                        s -> s.getContactIds().stream()
                                .map(contactName)
                                .sorted()
                                .collect(Collectors.joining(", "))),
                HistoryField.of("Location", MeetingSeries::getLocation),
                HistoryField.of("Video link", MeetingSeries::getVideoLink),
                HistoryField.of("Notes", MeetingSeries::getNotes),
                HistoryField.of(
                        "Reminder",
                        s -> s.getReminderHours() == null ? "none" : s.getReminderHours() + " hours before"),
                HistoryField.of("Calendar sequence", MeetingSeries::getSequenceNo));
    }

    static List<HistoryField<Occurrence>> occurrenceFields(
            Map<Long, StaffMember> staff, Function<Long, String> contactName) {
        return List.of(
                HistoryField.of("Moved to", o -> o.getMovedStart() == null ? null : WHEN.format(o.getMovedStart())),
                HistoryField.of(
                        "Status",
                        o -> o.getStatus() == null ? null : o.getStatus().label()),
                HistoryField.of(
                        "Library staff present",
                        o -> o.getStaffIds().stream()
                                .map(i -> name(staff, i))
                                .sorted()
                                .collect(Collectors.joining(", "))),
                HistoryField.of(
                        "Contacts present",
                        o -> o.getContactIds().stream()
                                .map(contactName)
                                .sorted()
                                .collect(Collectors.joining(", "))),
                HistoryField.of("Note", Occurrence::getNote),
                HistoryField.of("Interaction", o -> o.getInteractionId() == null ? null : "#" + o.getInteractionId()));
    }

    static String when(Occurrence o) {
        return WHEN.format(o.getOriginalStart());
    }

    private static String name(Map<Long, StaffMember> staff, Long id) {
        StaffMember member = id == null ? null : staff.get(id);
        return member == null ? "#" + id : member.displayName();
    }
}
