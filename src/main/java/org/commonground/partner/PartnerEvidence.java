package org.commonground.partner;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommonGroundProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners as evidence for the rubric: a light projection of the partners of some kinds. */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class PartnerEvidence {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    PartnerEvidence(NamedParameterJdbcTemplate jdbc, CommonGroundProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /** The partners of these kinds (all partners when empty), by name. */
    public List<PartnerFact> facts(Set<PartnerKind> kinds) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = "";
        if (!kinds.isEmpty()) {
            where = " where p.kind in (:kinds)";
            parameters.addValue("kinds", kinds.stream().map(Enum::name).toList());
        }
        List<PartnerFact> facts = new ArrayList<>();
        jdbc.query(
                "select p.id, p.name, p.kind, p.status, p.created_at, p.mission_and_goals, p.first_contact_on from partner p"
                        + where + " order by p.name_key",
                parameters,
                row -> {
                    String goals = row.getString(6);
                    facts.add(new PartnerFact(
                            row.getLong(1),
                            row.getString(2),
                            PartnerKind.valueOf(row.getString(3)),
                            PartnerStatus.valueOf(row.getString(4)),
                            LocalDate.ofInstant(
                                    row.getObject(5, OffsetDateTime.class).toInstant(), zone),
                            goals != null && !goals.isBlank(),
                            row.getObject(7, LocalDate.class)));
                });
        return facts;
    }
}
