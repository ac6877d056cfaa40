package org.commonground.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An invitation read from an .ics file, ready to become a series once the user has chosen its partners:
 * the form filled from it, its UID (kept, so the same invitation is not imported twice), its cancelled
 * occurrences (EXDATE) and moved ones (original local start → new local start).
 */
public record ImportedInvitation(
        SeriesForm form, String uid, List<LocalDateTime> cancelled, Map<LocalDateTime, LocalDateTime> moved) {}
