package org.commonground.dataimport;

import java.util.List;
import java.util.Locale;

/**
 * One field a row of an import can fill: its key (the service's field name, so the service's messages name
 * it), the label the mapping step shows, whether the import needs it, and the header names it matches.
 */
public record ImportField(String key, String label, boolean required, List<String> aliases) {

    static ImportField required(String key, String label, String... aliases) {
        return new ImportField(key, label, true, List.of(aliases));
    }

    static ImportField optional(String key, String label, String... aliases) {
        return new ImportField(key, label, false, List.of(aliases));
    }

    /** Whether a header names this field: its key, its label or an alias, ignoring case, spaces and punctuation. */
    boolean matches(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return false;
        }
        return h.equals(normalize(key))
                || h.equals(normalize(label))
                || aliases.stream().anyMatch(a -> h.equals(normalize(a)));
    }

    static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
