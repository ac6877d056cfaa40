package org.commonground.mission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.commonground.partner.PartnerKind;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.RecordLink;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared missions and their measurements as evidence for the rubric, filtered by their signatories' kinds in
 * the database. Reads the partner table to filter (read-only).
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class MissionEvidence {

    private static final int TITLE = 80;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    MissionEvidence(NamedParameterJdbcTemplate jdbc, CommonGroundProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /**
     * Missions that stood at some time up to {@code upTo} — adopted or retired ones, and drafts if asked for —
     * signed by at least one partner of each of {@code kinds} ({@code everyKind}) or of any of them (any mission
     * when {@code kinds} is empty).
     */
    public List<MissionSpan> signedBy(
            Set<PartnerKind> kinds, boolean everyKind, boolean includeDrafts, LocalDate upTo) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("upTo", upTo);
        StringBuilder sql = new StringBuilder("select m.id, m.statement, m.status, m.adoption_date, m.retired_on, "
                + "m.created_at, m.issue_id from shared_mission m where ((m.status in ('ADOPTED', 'RETIRED') "
                + "and m.adoption_date <= :upTo)");
        sql.append(includeDrafts ? " or m.status = 'DRAFT')" : ")");
        String signed = " and exists (select 1 from shared_mission_partner sp join partner p on p.id = sp.partner_id "
                + "where sp.mission_id = m.id and p.kind in (:";
        if (everyKind) {
            int n = 0;
            for (PartnerKind kind : kinds) {
                String name = "kind" + n++;
                sql.append(signed).append(name).append("))");
                parameters.addValue(name, List.of(kind.name()));
            }
        } else if (!kinds.isEmpty()) {
            sql.append(signed).append("kinds))");
            parameters.addValue("kinds", kinds.stream().map(Enum::name).toList());
        }
        List<MissionSpan> spans = new ArrayList<>();
        jdbc.query(sql.toString(), parameters, row -> {
            MissionStatus status = MissionStatus.valueOf(row.getString(3));
            LocalDate start = status == MissionStatus.DRAFT
                    ? LocalDate.ofInstant(row.getObject(6, OffsetDateTime.class).toInstant(), zone)
                    : row.getObject(4, LocalDate.class);
            if (!start.isAfter(upTo)) {
                spans.add(new MissionSpan(
                        row.getLong(1),
                        title(row.getString(2)),
                        row.getLong(7),
                        status,
                        start,
                        row.getObject(5, LocalDate.class)));
            }
        });
        return spans;
    }

    /**
     * Per evaluation measure of an adopted or retired mission signed by a partner of one of {@code kinds}
     * (any mission when empty), the days in {@code (after, upTo]} it was measured on.
     */
    public Map<Long, NavigableSet<LocalDate>> measurementDays(Set<PartnerKind> kinds, LocalDate after, LocalDate upTo) {
        MapSqlParameterSource parameters =
                new MapSqlParameterSource().addValue("after", after).addValue("upTo", upTo);
        String signed = "";
        if (!kinds.isEmpty()) {
            signed = " and exists (select 1 from shared_mission_partner sp join partner p on p.id = sp.partner_id "
                    + "where sp.mission_id = e.mission_id and p.kind in (:kinds))";
            parameters.addValue("kinds", kinds.stream().map(Enum::name).toList());
        }
        Map<Long, NavigableSet<LocalDate>> days = new HashMap<>();
        jdbc.query(
                "select distinct e.id, x.measured_on from evaluation_measure e join measurement x on x.measure_id = e.id "
                        + "join shared_mission m on m.id = e.mission_id where m.status in ('ADOPTED', 'RETIRED') "
                        + "and x.measured_on > :after and x.measured_on <= :upTo" + signed,
                parameters,
                row -> {
                    days.computeIfAbsent(row.getLong(1), k -> new TreeSet<>()).add(row.getObject(2, LocalDate.class));
                });
        return days;
    }

    /**
     * Per partner of one of {@code kinds}, the days in {@code (after, upTo]} on which a measure of an adopted or
     * retired mission they signed was measured: the outcomes their partnership tracks.
     */
    public Map<Long, NavigableSet<LocalDate>> partnerMeasurementDays(
            Set<PartnerKind> kinds, LocalDate after, LocalDate upTo) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("after", after)
                .addValue("upTo", upTo)
                .addValue("kinds", kinds.stream().map(Enum::name).toList());
        Map<Long, NavigableSet<LocalDate>> days = new HashMap<>();
        jdbc.query(
                "select distinct sp.partner_id, x.measured_on from shared_mission_partner sp "
                        + "join partner p on p.id = sp.partner_id join shared_mission m on m.id = sp.mission_id "
                        + "join evaluation_measure e on e.mission_id = m.id join measurement x on x.measure_id = e.id "
                        + "where p.kind in (:kinds) and m.status in ('ADOPTED', 'RETIRED') "
                        + "and x.measured_on > :after and x.measured_on <= :upTo",
                parameters,
                row -> {
                    days.computeIfAbsent(row.getLong(1), k -> new TreeSet<>()).add(row.getObject(2, LocalDate.class));
                });
        return days;
    }

    /** A window {@code (after, upTo]}; for partnerships, {@code oldEnough}: begun on or before it. */
    public record Window(LocalDate after, LocalDate upTo, LocalDate oldEnough) {}

    /**
     * Per window, how many evaluation measures of adopted or retired missions signed by a partner of one of
     * {@code kinds} (any mission when empty) were measured during it: one row, counted in the database.
     */
    public long[] countMeasured(Set<PartnerKind> kinds, List<Window> windows) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String perMeasure = flags(windows, parameters);
        String signed = "";
        if (!kinds.isEmpty()) {
            signed = " and exists (select 1 from shared_mission_partner sp join partner p on p.id = sp.partner_id "
                    + "where sp.mission_id = e.mission_id and p.kind in (:kinds))";
            parameters.addValue("kinds", kinds.stream().map(Enum::name).toList());
        }
        return sums(
                windows,
                "select e.id, " + perMeasure + " from evaluation_measure e join measurement x "
                        + "on x.measure_id = e.id join shared_mission m on m.id = e.mission_id where m.status in ('ADOPTED', "
                        + "'RETIRED') and x.measured_on > :earliest and x.measured_on <= :latest" + signed
                        + " group by e.id",
                "",
                parameters);
    }

    /**
     * Per window, how many partners of one of {@code kinds}, in a partnership begun (first logged interaction) on
     * or before the window's {@code oldEnough}, signed an adopted or retired mission whose measures were measured
     * during the window. Reads the partner table to filter (read-only).
     */
    public long[] countStablePartners(Set<PartnerKind> kinds, List<Window> windows) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(
                "kinds", kinds.stream().map(Enum::name).toList());
        String perPartner = flags(windows, parameters);
        for (int w = 0; w < windows.size(); w++) {
            parameters.addValue("old" + w, windows.get(w).oldEnough());
        }
        return sums(
                windows,
                "select sp.partner_id, p.first_contact_on as first_contact, " + perPartner
                        + " from shared_mission_partner sp join partner p on p.id = sp.partner_id join shared_mission m "
                        + "on m.id = sp.mission_id join evaluation_measure e on e.mission_id = m.id join measurement x "
                        + "on x.measure_id = e.id where p.kind in (:kinds) and m.status in ('ADOPTED', 'RETIRED') "
                        + "and x.measured_on > :earliest and x.measured_on <= :latest "
                        + "group by sp.partner_id, p.first_contact_on",
                " and t.first_contact <= :old",
                parameters);
    }

    /** "max(case when measured in window w then 1 else 0 end) as w0, …", with the windows' bounds as parameters. */
    private static String flags(List<Window> windows, MapSqlParameterSource parameters) {
        parameters
                .addValue(
                        "earliest",
                        windows.stream()
                                .map(Window::after)
                                .min(LocalDate::compareTo)
                                .orElseThrow())
                .addValue(
                        "latest",
                        windows.stream()
                                .map(Window::upTo)
                                .max(LocalDate::compareTo)
                                .orElseThrow());
        List<String> flags = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            parameters
                    .addValue("after" + w, windows.get(w).after())
                    .addValue("upTo" + w, windows.get(w).upTo());
            flags.add("max(case when x.measured_on > :after" + w + " and x.measured_on <= :upTo" + w
                    + " then 1 else 0 end) as w" + w);
        }
        return String.join(", ", flags);
    }

    /** Sums each window's flag over the grouped rows, with an extra condition per window (suffixed by its index). */
    private long[] sums(List<Window> windows, String grouped, String condition, MapSqlParameterSource parameters) {
        List<String> sums = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            sums.add("coalesce(sum(case when t.w" + w + " = 1" + (condition.isEmpty() ? "" : condition + w)
                    + " then 1 else 0 end), 0)");
        }
        return jdbc.query("select " + String.join(", ", sums) + " from (" + grouped + ") t", parameters, rows -> {
            long[] counts = new long[windows.size()];
            if (rows.next()) {
                for (int w = 0; w < counts.length; w++) {
                    counts[w] = rows.getLong(w + 1);
                }
            }
            return counts;
        });
    }

    public List<RecordLink> missionLinks(Collection<MissionSpan> missions, int limit) {
        return missions.stream()
                .sorted(Comparator.comparing(MissionSpan::start).reversed())
                .limit(limit)
                .map(m -> new RecordLink("Shared mission", m.id(), m.title(), m.start(), "missions/" + m.id()))
                .toList();
    }

    /** The measures as links to their mission's page, most recently measured first. */
    public List<RecordLink> measureLinks(Map<Long, LocalDate> lastMeasured, int limit) {
        if (lastMeasured.isEmpty()) {
            return List.of();
        }
        List<Long> ids = lastMeasured.entrySet().stream()
                .sorted(Map.Entry.<Long, LocalDate>comparingByValue().reversed())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        Map<Long, Object[]> rows = new HashMap<>();
        jdbc.query(
                "select e.id, e.name, e.mission_id from evaluation_measure e where e.id in (:ids)",
                new MapSqlParameterSource("ids", ids),
                row -> {
                    rows.put(row.getLong(1), new Object[] {row.getString(2), row.getLong(3)});
                });
        return ids.stream()
                .filter(rows::containsKey)
                .map(id -> new RecordLink(
                        "Evaluation measure",
                        id,
                        (String) rows.get(id)[0],
                        lastMeasured.get(id),
                        "missions/" + rows.get(id)[1]))
                .toList();
    }

    private static String title(String statement) {
        String clean = statement.strip().replaceAll("\\s+", " ");
        return clean.length() <= TITLE ? clean : clean.substring(0, TITLE - 1) + "…";
    }
}
