package org.commonground.interaction;

import java.time.ZonedDateTime;
import java.util.List;
import org.commonground.shared.Formats;

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
        return kind.label() + " on " + Formats.date(at.toLocalDate());
    }
}
