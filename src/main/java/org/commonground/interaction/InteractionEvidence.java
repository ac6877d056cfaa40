package org.commonground.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.RecordLink;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private static final int CHUNK = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    InteractionEvidence(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many matching interactions happened on each day of the period (days without any are left out). */
    public NavigableMap<LocalDate, Long> dailyCounts(InteractionCriteria criteria, LocalDate after, LocalDate upTo) {
        InteractionEvidenceSql sql = new InteractionEvidenceSql(criteria, after, upTo);
        NavigableMap<LocalDate, Long> days = new TreeMap<>();
        jdbc.query("select i.occurred_on, count(*) from interaction i where " + sql.where + " group by i.occurred_on",
                sql.parameters, row -> {
                    days.put(row.getObject(1, LocalDate.class), row.getLong(2));
                });
        return days;
    }

    /** Per community issue, the days in the period on which a matching interaction was tagged with it. */
    public Map<Long, NavigableSet<LocalDate>> daysByIssue(InteractionCriteria criteria, LocalDate after,
            LocalDate upTo) {
        InteractionEvidenceSql sql = new InteractionEvidenceSql(criteria, after, upTo);
        Map<Long, NavigableSet<LocalDate>> byIssue = new HashMap<>();
        jdbc.query("select distinct x.issue_id, i.occurred_on from interaction i join interaction_issue x "
                + "on x.interaction_id = i.id where " + sql.where, sql.parameters, row -> {
                    byIssue.computeIfAbsent(row.getLong(1), k -> new TreeSet<>())
                            .add(row.getObject(2, LocalDate.class));
                });
        return byIssue;
    }

    /** The newest matching interactions of the period, as links for an explanation. */
    public List<RecordLink> examples(InteractionCriteria criteria, LocalDate after, LocalDate upTo, int limit) {
        InteractionEvidenceSql sql = new InteractionEvidenceSql(criteria, after, upTo);
        sql.parameters.addValue("limit", limit);
        Map<Long, Object[]> found = new LinkedHashMap<>();
        jdbc.query("select i.id, i.kind, i.occurred_on from interaction i where " + sql.where
                + " order by i.occurred_on desc, i.id desc fetch first :limit rows only", sql.parameters, row -> {
                    found.put(row.getLong(1), new Object[] {InteractionKind.valueOf(row.getString(2)),
                        row.getObject(3, LocalDate.class)});
                });
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> partnerNames = new HashMap<>();
        jdbc.query("select ip.interaction_id, p.name from interaction_partner ip join partner p on p.id = ip.partner_id "
                + "where ip.interaction_id in (:ids) order by p.name", new MapSqlParameterSource("ids", found.keySet()),
                row -> {
                    partnerNames.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
                });
        List<RecordLink> links = new ArrayList<>();
        found.forEach((id, values) -> {
            InteractionKind kind = (InteractionKind) values[0];
            String with = String.join(", ", partnerNames.getOrDefault(id, List.of()));
            links.add(new RecordLink("Interaction", id, kind.label() + (with.isEmpty() ? "" : " with " + with),
                    (LocalDate) values[1], "interactions/" + id));
        });
        return links;
    }

    /** The day of each partner's first interaction, for those that have one. */
    public Map<Long, LocalDate> firstContacts(Collection<Long> partnerIds) {
        Map<Long, LocalDate> first = new HashMap<>();
        List<Long> ids = List.copyOf(partnerIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("select ip.partner_id, min(i.occurred_on) from interaction_partner ip join interaction i "
                    + "on i.id = ip.interaction_id where ip.partner_id in (:ids) group by ip.partner_id",
                    new MapSqlParameterSource("ids", chunk), row -> {
                        first.put(row.getLong(1), row.getObject(2, LocalDate.class));
                    });
        }
        return first;
    }
}
