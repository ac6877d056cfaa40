package org.commonground.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record as the history shows it: who, when, what kind of change, and for an
 * edit, each field with its old and new value.
 */
public record HistoryEntry(Instant at, String by, Kind kind, String record, List<FieldChange> changes) {

    public enum Kind {
        CREATED("created"),
        CHANGED("changed"),
        DELETED("deleted");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    public record FieldChange(String field, String before, String after) {}
}
