package org.commonground.vetting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.commonground.partner.PartnerKind;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommonGroundProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vettings as evidence for the rubric. Reads the partner table to filter (read-only). */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class VettingEvidence {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    VettingEvidence(NamedParameterJdbcTemplate jdbc, CommonGroundProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /** Per partner of these kinds, the days it was vetted on (in the library's time zone). */
    public Map<Long, NavigableSet<LocalDate>> vettingDays(Set<PartnerKind> kinds) {
        Map<Long, NavigableSet<LocalDate>> days = new HashMap<>();
        jdbc.query(
                "select v.partner_id, v.vetted_at from vetting v join partner p on p.id = v.partner_id "
                        + "where p.kind in (:kinds)",
                new MapSqlParameterSource(
                        "kinds", kinds.stream().map(Enum::name).toList()),
                row -> {
                    days.computeIfAbsent(row.getLong(1), k -> new TreeSet<>())
                            .add(LocalDate.ofInstant(
                                    row.getObject(2, OffsetDateTime.class).toInstant(), zone));
                });
        return days;
    }

    /** The day the first vetting criterion was defined, if any has been. */
    public Optional<LocalDate> criteriaSince() {
        return jdbc.query("select min(created_at) from vetting_criterion", new MapSqlParameterSource(), rows -> {
            if (!rows.next() || rows.getObject(1) == null) {
                return Optional.empty();
            }
            return Optional.of(
                    LocalDate.ofInstant(rows.getObject(1, OffsetDateTime.class).toInstant(), zone));
        });
    }
}
