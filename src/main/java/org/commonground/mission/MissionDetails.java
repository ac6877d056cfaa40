package org.commonground.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the mission page shows. {@code startsOn} is the first day a measurement may carry: the
 * adoption date, or while a draft, the day it was created.
 */
public record MissionDetails(
        long id,
        String statement,
        long issueId,
        String issue,
        MissionStatus status,
        LocalDate adoptionDate,
        LocalDate startsOn,
        List<Signatory> signatories,
        long ownerId,
        String owner,
        List<MeasureDetails> measures,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public String title() {
        return Titles.of(statement);
    }
}
