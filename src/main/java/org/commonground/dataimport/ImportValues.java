package org.commonground.dataimport;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.shared.Texts;
import org.jspecify.annotations.Nullable;

/** Reading the values people type in spreadsheets: times written many ways, lists in one cell. */
final class ImportValues {

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*(?:([AaPp])\\.?[Mm]\\.?)?");

    private ImportValues() {}

    /** 14:30, 9:05, 2:30 PM, 2 pm, 14.30; null when it is none of these. */
    static @Nullable LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches() || m.group(2) == null && m.group(4) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = m.group(4).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    /** The parts of a cell that lists several values, separated by ; or | or line breaks. */
    static List<String> split(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[;|\\n]")) {
            String clean = Texts.clean(part);
            if (clean != null) {
                parts.add(clean);
            }
        }
        return parts;
    }

    static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
