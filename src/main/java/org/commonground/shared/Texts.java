package org.commonground.shared;

import java.util.Locale;

/** Small text helpers shared by forms and services. */
public final class Texts {

    private Texts() {}

    /** Trims, and turns blank into null so optional fields are stored as "absent". */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The key used for case-insensitive matching and search: trimmed, inner spaces collapsed, lower case. */
    public static String key(String value) {
        String cleaned = clean(value);
        return cleaned == null ? "" : cleaned.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A {@code like} pattern (escape character backslash) matching text that contains this, compared in lower
     * case; null for blank, meaning "anything".
     */
    public static String containsPattern(String value) {
        String key = key(value);
        if (key.isEmpty()) {
            return null;
        }
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
