package org.commonground.rubric;

import java.time.Instant;
import java.time.LocalDate;

/** An attestation as the strand page lists it, with whether it counts on the date shown. */
public record AttestationSummary(
        long id,
        String indicatorKey,
        String statement,
        String evidenceText,
        String evidenceLink,
        String fileName,
        Long fileSize,
        LocalDate attestedOn,
        LocalDate expiresOn,
        String author,
        LocalDate withdrawnOn,
        String withdrawnReason,
        String withdrawnBy,
        boolean current,
        long version,
        Instant createdAt) {}
