package org.commonground.schedule;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** The live sentence and next dates the series form shows, or what is wrong, per field. */
public record SeriesPreview(String sentence, List<ZonedDateTime> next, Map<String, String> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
