package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;

/** Where the rubric reads recurring check-ins from: the schedule feature, once it records them. */
public interface CheckInRecords {

    /** False while the app records no meeting series: rules then say what they wait for. */
    boolean recorded();

    /** The occurrences dated in {@code (after, upTo]}, with their outcome. */
    List<CheckIn> occurrences(LocalDate after, LocalDate upTo);
}
