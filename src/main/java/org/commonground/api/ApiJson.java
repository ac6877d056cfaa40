package org.commonground.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the read API answers, field by field (the OpenAPI description names the same fields). Dates are ISO
 * 8601: a day as {@code 2026-03-10}, a moment with its offset and, where the record keeps one, its time zone.
 * Enumerations are their constant names ({@code DEI_ORGANIZATION}); lists of names are as the app shows them.
 */
final class ApiJson {

    private ApiJson() {}

    record Partner(
            long id,
            String name,
            String kind,
            String governmentKind,
            String status,
            String relationshipOwner,
            Instant lastContactAt) {}

    record PartnerDetail(
            long id,
            String name,
            String kind,
            String governmentKind,
            String status,
            String missionAndGoals,
            String communitiesServed,
            String website,
            String relationshipOwner,
            Instant lastContactAt,
            List<Contact> contacts,
            Instant updatedAt) {}

    record Contact(long id, String fullName, String title, String email, String phone) {}

    record Interaction(
            long id,
            String kind,
            OffsetDateTime at,
            String timeZone,
            String initiatedBy,
            List<String> partners,
            List<String> topics,
            String excerpt,
            Integer openFollowUps) {}

    record InteractionDetail(
            long id,
            String kind,
            OffsetDateTime at,
            String timeZone,
            String initiatedBy,
            List<String> partners,
            List<String> people,
            List<String> staff,
            List<String> topics,
            List<String> missions,
            String notes,
            Boolean sharedWithPartners,
            List<FollowUp> followUps) {}

    record FollowUp(long id, String description, String owner, LocalDate dueDate, boolean done) {}

    record Commitment(
            long id,
            String direction,
            long partnerId,
            String partner,
            String kind,
            String description,
            BigDecimal amount,
            String unit,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            boolean overdue,
            boolean acknowledged) {}

    record CommitmentDetail(
            long id,
            String direction,
            long partnerId,
            String partner,
            String kind,
            String description,
            BigDecimal amount,
            String unit,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            String communityIssue,
            Long missionId,
            String mission,
            Instant acknowledgedAt,
            List<String> notes) {}

    record Mission(
            long id,
            String title,
            String communityIssue,
            String status,
            LocalDate adoptionDate,
            List<String> signatories,
            String owner) {}

    record MissionDetail(
            long id,
            String statement,
            String communityIssue,
            String status,
            LocalDate adoptionDate,
            List<String> signatories,
            String owner,
            List<Measure> measures) {}

    record Measure(
            long id,
            String name,
            String unit,
            String direction,
            BigDecimal target,
            LocalDate targetDate,
            List<Measurement> measurements) {}

    record Measurement(LocalDate date, BigDecimal value) {}

    record Series(long id, String title, String repeats, OffsetDateTime next, Integer heldPercentLast12Months) {}

    record Occurrence(
            long seriesId,
            String title,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String status,
            boolean moved,
            String location) {}

    record RubricScores(LocalDate asOf, List<StrandScore> strands) {}

    record StrandScore(
            String key,
            String title,
            String area,
            double score,
            String stage,
            double aware,
            double intentional,
            double purposeful) {}

    record Problem(int status, String error, String message, Map<String, String> fields) {}
}
