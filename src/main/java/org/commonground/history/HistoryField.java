package org.commonground.history;

import java.util.function.Function;

/**
 * One field a record's history shows, with the label users know it by and how its value reads.
 *
 * @param <T> the audited entity
 */
public record HistoryField<T>(String label, Function<T, Object> value) {

    public static <T> HistoryField<T> of(String label, Function<T, Object> value) {
        return new HistoryField<>(label, value);
    }
}
