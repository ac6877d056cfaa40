package org.commonground.shared;

import java.time.LocalDate;

/**
 * A record shown as evidence elsewhere (the rubric lists the interactions, commitments, missions… behind a
 * score): what it is, its date, and the app path of its page.
 */
public record RecordLink(String kind, long id, String label, LocalDate date, String path) {}
