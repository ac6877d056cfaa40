package org.commonground.interaction;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * An interaction as the partner it was shared with sees it: what, when, the topics, who from the library was
 * there, and the notes. No other organization's names, no contacts, no follow-ups (those are the library's).
 */
public record SharedInteraction(
        long id,
        InteractionKind kind,
        ZonedDateTime at,
        List<String> topics,
        List<String> libraryStaff,
        String notes,
        String excerpt) {

    /** "Meeting on Jun 3, 2026" */
    public String title() {
        return kind.label() + " on "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.US)
                        .format(at);
    }
}
