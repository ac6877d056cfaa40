package org.commonground.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.RecordLink;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments as evidence for the rubric: the spans of the commitments that were investments (active,
 * fulfilled, or lapsed after being active), filtered in the database to those that overlap a period, with only
 * the columns the rubric needs. Reads the partner and community issue tables to filter (read-only).
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class CommitmentEvidence {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    CommitmentEvidence(NamedParameterJdbcTemplate jdbc, CommonGroundProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /** Matching commitments in force at some time in {@code (after, upTo]}. */
    public List<CommitmentSpan> spans(CommitmentCriteria c, LocalDate after, LocalDate upTo) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("after", after).addValue("upTo", upTo);
        where.add("c.status in ('ACTIVE', 'FULFILLED', 'LAPSED')");
        where.add("c.start_date <= :upTo and (c.end_date is null or c.end_date > :after)");
        if (c.direction() != null) {
            where.add("c.direction = :direction");
            parameters.addValue("direction", c.direction().name());
        }
        if (!c.kinds().isEmpty()) {
            where.add("c.kind in (:kinds)");
            parameters.addValue("kinds", names(c.kinds()));
        }
        if (!c.partnerKinds().isEmpty() || !c.governmentKinds().isEmpty()) {
            StringBuilder partner = new StringBuilder("exists (select 1 from partner p where p.id = c.partner_id");
            if (!c.partnerKinds().isEmpty()) {
                partner.append(" and p.kind in (:partnerKinds)");
                parameters.addValue("partnerKinds", names(c.partnerKinds()));
            }
            if (!c.governmentKinds().isEmpty()) {
                partner.append(" and p.government_kind in (:governmentKinds)");
                parameters.addValue("governmentKinds", names(c.governmentKinds()));
            }
            where.add(partner.append(')').toString());
        }
        if (!c.priorities().isEmpty()) {
            where.add("exists (select 1 from community_issue ci where ci.id = c.community_issue_id "
                    + "and ci.priority in (:priorities))");
            parameters.addValue("priorities", names(c.priorities()));
        } else if (c.issueTagged()) {
            where.add("c.community_issue_id is not null");
        }
        if (!c.missionIds().isEmpty()) {
            where.add("c.mission_id in (:missions)");
            parameters.addValue("missions", c.missionIds());
        }
        List<CommitmentSpan> spans = new ArrayList<>();
        jdbc.query("select c.id, c.partner_id, c.direction, c.kind, c.start_date, c.end_date, c.status, "
                + "c.status_changed_at, c.mission_id, c.community_issue_id from commitment c where " + String.join(" and ", where),
                parameters, row -> {
                    CommitmentStatus status = CommitmentStatus.valueOf(row.getString(7));
                    LocalDate start = row.getObject(5, LocalDate.class);
                    LocalDate end = end(status, row.getObject(6, LocalDate.class),
                            row.getObject(8, java.time.OffsetDateTime.class).toInstant());
                    if (end != null && end.isBefore(start)) {
                        end = start;
                    }
                    CommitmentSpan span = new CommitmentSpan(row.getLong(1), row.getLong(2),
                            CommitmentDirection.valueOf(row.getString(3)), CommitmentKind.valueOf(row.getString(4)),
                            start, end, row.getObject(9, Long.class), row.getObject(10, Long.class));
                    if (span.inForceDuring(after, upTo)) {
                        spans.add(span);
                    }
                });
        return spans;
    }

    /** The spans as links, latest start first, at most {@code limit}. */
    public List<RecordLink> links(Collection<CommitmentSpan> spans, int limit) {
        List<CommitmentSpan> shown = spans.stream()
                .sorted(Comparator.comparing(CommitmentSpan::start).reversed().thenComparing(CommitmentSpan::id))
                .limit(limit).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, String> labels = new HashMap<>();
        jdbc.query("select c.id, c.description, p.name from commitment c join partner p on p.id = c.partner_id "
                + "where c.id in (:ids)", new MapSqlParameterSource("ids", shown.stream().map(CommitmentSpan::id)
                        .collect(Collectors.toSet())), row -> {
                    labels.put(row.getLong(1), row.getString(2) + " (" + row.getString(3) + ")");
                });
        return shown.stream().map(s -> new RecordLink("Commitment", s.id(), labels.getOrDefault(s.id(), "#" + s.id()),
                s.start(), "commitments/" + s.id())).toList();
    }

    private LocalDate end(CommitmentStatus status, LocalDate endDate, Instant changedAt) {
        LocalDate changed = LocalDate.ofInstant(changedAt, zone);
        return switch (status) {
            case FULFILLED -> endDate != null ? endDate : changed;
            case LAPSED -> endDate != null && endDate.isBefore(changed) ? endDate : changed;
            default -> endDate;
        };
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
