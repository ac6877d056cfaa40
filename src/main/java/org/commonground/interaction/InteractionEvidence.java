package org.commonground.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.RecordLink;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interactions as evidence for the rubric: counts per day, computed in the database (the rubric adds the
 * days of each look-back window up itself), and the records behind a count. Dates are the local dates the
 * interactions happened on; a period is {@code (after, upTo]}.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class InteractionEvidence {

    private final NamedParameterJdbcTemplate jdbc;
    private final InteractionTallies tallies;

    InteractionEvidence(NamedParameterJdbcTemplate jdbc, InteractionTallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    /**
     * Declares criteria that will be counted, so the daily counts are kept from the start (the rubric declares
     * all of its own when it loads). Counting happens on first use.
     */
    @PreAuthorize("permitAll()") // start-up work, reads nothing
    public void track(InteractionCriteria criteria) {
        tallies.track(criteria, false);
    }

    /** As {@link #track}, for criteria whose days are asked for per community issue. */
    @PreAuthorize("permitAll()")
    public void trackByIssue(InteractionCriteria criteria) {
        tallies.track(criteria, true);
    }

    /** How many matching interactions happened on each day of the period (days without any are left out). */
    public NavigableMap<LocalDate, Long> dailyCounts(InteractionCriteria criteria, LocalDate after, LocalDate upTo) {
        return tallies.daily(criteria, after, upTo);
    }

    /** Per community issue, the days in the period on which a matching interaction was tagged with it. */
    public Map<Long, NavigableSet<LocalDate>> daysByIssue(
            InteractionCriteria criteria, LocalDate after, LocalDate upTo) {
        return tallies.daysByIssue(criteria, after, upTo);
    }

    /**
     * The newest matching interactions of the period, as links for an explanation. The daily counts say which
     * days hold them, so only those days are read, however rare the matches.
     */
    public List<RecordLink> examples(InteractionCriteria criteria, LocalDate after, LocalDate upTo, int limit) {
        List<LocalDate> days = new ArrayList<>();
        long matches = 0;
        for (Map.Entry<LocalDate, Long> day :
                tallies.daily(criteria, after, upTo).descendingMap().entrySet()) {
            days.add(day.getKey());
            matches += day.getValue();
            if (matches >= limit) {
                break;
            }
        }
        if (days.isEmpty()) {
            return List.of();
        }
        InteractionEvidenceSql sql = new InteractionEvidenceSql(criteria, days);
        sql.parameters.addValue("limit", limit);
        Map<Long, Object[]> found = new LinkedHashMap<>();
        jdbc.query(
                "select i.id, i.kind, i.occurred_on from interaction i where " + sql.where
                        + " order by i.occurred_on desc, i.id desc fetch first :limit rows only",
                sql.parameters,
                row -> {
                    found.put(row.getLong(1), new Object[] {
                        InteractionKind.valueOf(row.getString(2)), row.getObject(3, LocalDate.class)
                    });
                });
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> partnerNames = new HashMap<>();
        jdbc.query(
                "select ip.interaction_id, p.name from interaction_partner ip join partner p on p.id = ip.partner_id "
                        + "where ip.interaction_id in (:ids) order by p.name",
                new MapSqlParameterSource("ids", found.keySet()),
                row -> {
                    partnerNames
                            .computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                            .add(row.getString(2));
                });
        List<RecordLink> links = new ArrayList<>();
        found.forEach((id, values) -> {
            InteractionKind kind = (InteractionKind) values[0];
            String with = String.join(", ", partnerNames.getOrDefault(id, List.of()));
            links.add(new RecordLink(
                    "Interaction",
                    id,
                    kind.label() + (with.isEmpty() ? "" : " with " + with),
                    (LocalDate) values[1],
                    "interactions/" + id));
        });
        return links;
    }
}
