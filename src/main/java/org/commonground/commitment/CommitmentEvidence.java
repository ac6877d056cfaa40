package org.commonground.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.RecordLink;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments as evidence for the rubric, counted in the database: how many matching commitments were in force
 * during each of several windows (and, where asked, had been running some months by the window's end), in total,
 * by kind, by partner and direction, by mission and direction, or by community issue. One query answers every
 * window of a trend: a sum per window over the commitments that overlap any of them, read by the range index on
 * the span each commitment keeps ({@link CountedSpan}) and its partner's kind.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class CommitmentEvidence {

    /** A window {@code (after, upTo]}: a commitment counts when in force at some time in it. */
    public record Window(LocalDate after, LocalDate upTo) {}

    private final NamedParameterJdbcTemplate jdbc;

    CommitmentEvidence(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per window, the matching commitments in force during it and running {@code minMonths} months by its end. */
    public long[] count(CommitmentCriteria c, List<Window> windows, int minMonths) {
        Query q = new Query(c, windows, minMonths);
        return jdbc.query("select " + q.sums + " from commitment c where " + q.where, q.parameters, rows -> {
            long[] counts = new long[windows.size()];
            if (rows.next()) {
                for (int w = 0; w < counts.length; w++) {
                    counts[w] = rows.getLong(w + 1);
                }
            }
            return counts;
        });
    }

    /** As {@link #count}, per kind of commitment (kinds with none are left out). */
    public Map<CommitmentKind, long[]> countByKind(CommitmentCriteria c, List<Window> windows, int minMonths) {
        Map<CommitmentKind, long[]> byKind = new EnumMap<>(CommitmentKind.class);
        grouped(c, windows, minMonths, "c.kind", (row, counts) -> byKind.put(CommitmentKind.valueOf(row), counts));
        return byKind;
    }

    /** As {@link #count}, per community issue (commitments tied to none are left out). */
    public Map<Long, long[]> countByIssue(CommitmentCriteria c, List<Window> windows) {
        Map<Long, long[]> byIssue = new HashMap<>();
        grouped(
                c.tiedToAnIssue(),
                windows,
                0,
                "c.community_issue_id",
                (row, counts) -> byIssue.put(Long.valueOf(row), counts));
        return byIssue;
    }

    /** As {@link #count}, per partner and direction: {@code [direction ordinal][window]}. */
    public Map<Long, long[][]> countByPartner(CommitmentCriteria c, List<Window> windows) {
        return byDirection(c, windows, "c.partner_id");
    }

    /** As {@link #count}, per shared mission served and direction: {@code [direction ordinal][window]}. */
    public Map<Long, long[][]> countByMission(CommitmentCriteria c, List<Window> windows) {
        return byDirection(c, windows, "c.mission_id");
    }

    /** How many investments (active, fulfilled or lapsed commitments) started in {@code (after, upTo]}. */
    public long startedBetween(LocalDate after, LocalDate upTo) {
        Long n = jdbc.queryForObject(
                "select count(*) from commitment c where c.counted_from > :after " + "and c.counted_from <= :upTo",
                new MapSqlParameterSource("after", after).addValue("upTo", upTo),
                Long.class);
        return n == null ? 0 : n;
    }

    /** The matching commitments in force during the window, latest start first, as links. */
    public List<RecordLink> links(CommitmentCriteria c, Window window, int minMonths, int limit) {
        Query q = new Query(c, List.of(window), minMonths);
        q.parameters.addValue("limit", limit);
        List<RecordLink> links = new ArrayList<>();
        jdbc.query(
                "select c.id, c.description, p.name, c.start_date from commitment c join partner p on p.id = "
                        + "c.partner_id where " + q.where + " and " + q.conditions.getFirst()
                        + " order by c.start_date desc, "
                        + "c.id fetch first :limit rows only",
                q.parameters,
                row -> {
                    long id = row.getLong(1);
                    links.add(new RecordLink(
                            "Commitment",
                            id,
                            row.getString(2) + " (" + row.getString(3) + ")",
                            row.getObject(4, LocalDate.class),
                            "commitments/" + id));
                });
        return links;
    }

    private Map<Long, long[][]> byDirection(CommitmentCriteria c, List<Window> windows, String key) {
        Map<Long, long[][]> found = new HashMap<>();
        Query q = new Query(c, windows, 0);
        jdbc.query(
                "select " + key + ", c.direction, " + q.sums + " from commitment c where " + q.where + " and " + key
                        + " is not null group by " + key + ", c.direction",
                q.parameters,
                row -> {
                    long[][] counts = found.computeIfAbsent(row.getLong(1), k -> new long[2][windows.size()]);
                    int side = CommitmentDirection.valueOf(row.getString(2)).ordinal();
                    for (int w = 0; w < windows.size(); w++) {
                        counts[side][w] = row.getLong(w + 3);
                    }
                });
        return found;
    }

    private interface GroupRow {
        void accept(String group, long[] counts);
    }

    private void grouped(CommitmentCriteria c, List<Window> windows, int minMonths, String key, GroupRow sink) {
        Query q = new Query(c, windows, minMonths);
        jdbc.query(
                "select " + key + ", " + q.sums + " from commitment c where " + q.where + " and " + key
                        + " is not null group by " + key,
                q.parameters,
                row -> {
                    long[] counts = new long[windows.size()];
                    for (int w = 0; w < counts.length; w++) {
                        counts[w] = row.getLong(w + 2);
                    }
                    sink.accept(row.getString(1), counts);
                });
    }

    /** The where clause over the union of the windows, and one condition and one sum per window. */
    private static final class Query {

        final MapSqlParameterSource parameters = new MapSqlParameterSource();
        final List<String> conditions = new ArrayList<>();
        final String where;
        final String sums;

        Query(CommitmentCriteria c, List<Window> windows, int minMonths) {
            LocalDate earliest = windows.stream()
                    .map(Window::after)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate latest =
                    windows.stream().map(Window::upTo).max(LocalDate::compareTo).orElseThrow();
            List<String> parts = new ArrayList<>();
            parts.add("c.counted_until > :earliest and c.counted_from <= :latest");
            parameters.addValue("earliest", earliest).addValue("latest", latest);
            if (minMonths > 0) {
                parts.add("c.lasted_months >= :minMonths");
                parameters.addValue("minMonths", minMonths);
            }
            if (c.direction() != null) {
                parts.add("c.direction = :direction");
                parameters.addValue("direction", c.direction().name());
            }
            if (!c.partnerKinds().isEmpty()) {
                parts.add("c.partner_kind in (:partnerKinds)");
                parameters.addValue("partnerKinds", names(c.partnerKinds()));
            }
            if (!c.governmentKinds().isEmpty()) {
                parts.add("c.government_kind in (:governmentKinds)");
                parameters.addValue("governmentKinds", names(c.governmentKinds()));
            }
            if (!c.kinds().isEmpty()) {
                parts.add("c.kind in (:kinds)");
                parameters.addValue("kinds", names(c.kinds()));
            }
            if (!c.priorities().isEmpty()) {
                parts.add("exists (select 1 from community_issue ci where ci.id = c.community_issue_id "
                        + "and ci.priority in (:priorities))");
                parameters.addValue("priorities", names(c.priorities()));
            } else if (c.issueTagged()) {
                parts.add("c.community_issue_id is not null");
            }
            if (!c.missionIds().isEmpty()) {
                parts.add("c.mission_id in (:missions)");
                parameters.addValue("missions", c.missionIds());
            }
            where = String.join(" and ", parts);
            List<String> sumList = new ArrayList<>();
            for (int w = 0; w < windows.size(); w++) {
                Window window = windows.get(w);
                String condition = "c.counted_until > :after" + w + " and c.counted_from <= :upTo" + w
                        + (minMonths > 0 ? " and c.counted_from <= :runningBy" + w : "");
                parameters.addValue("after" + w, window.after()).addValue("upTo" + w, window.upTo());
                if (minMonths > 0) {
                    // Running m whole months by the window's last day (counted in): started on or before the day
                    // after it, m months back — as CountedSpan counts lasted_months.
                    parameters.addValue(
                            "runningBy" + w, window.upTo().plusDays(1).minusMonths(minMonths));
                }
                conditions.add(condition);
                sumList.add("sum(case when " + condition + " then 1 else 0 end)");
            }
            sums = String.join(", ", sumList);
        }
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
