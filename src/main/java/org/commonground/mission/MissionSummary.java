package org.commonground.mission;

import java.time.LocalDate;
import java.util.List;

/** One row of the shared missions list. */
public record MissionSummary(
        long id,
        String title,
        String issue,
        MissionStatus status,
        LocalDate adoptionDate,
        List<String> signatories,
        String owner) {}
