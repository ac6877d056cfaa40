package org.commonground.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The where clause for {@link InteractionCriteria} over {@code interaction i}, with its parameters. Each link
 * condition is an {@code exists} over the link table's index, as in the interactions list. Reads the partner
 * and community issue tables to filter (read-only).
 */
final class InteractionEvidenceSql {

    final String where;
    final MapSqlParameterSource parameters = new MapSqlParameterSource();

    /** Matching interactions dated in {@code (after, upTo]}. */
    InteractionEvidenceSql(InteractionCriteria c, LocalDate after, LocalDate upTo) {
        this(c, "i.occurred_on > :after and i.occurred_on <= :upTo");
        parameters.addValue("after", after).addValue("upTo", upTo);
    }

    /** Matching interactions dated on one of {@code days}; all of them when {@code days} is null. */
    InteractionEvidenceSql(InteractionCriteria c, Collection<LocalDate> days) {
        this(c, days == null ? "1 = 1" : "i.occurred_on in (:days)");
        if (days != null) {
            parameters.addValue("days", days);
        }
    }

    private InteractionEvidenceSql(InteractionCriteria c, String dates) {
        List<String> parts = new ArrayList<>();
        parts.add(dates);
        if (!c.kinds().isEmpty()) {
            parts.add("i.kind in (:kinds)");
            parameters.addValue("kinds", names(c.kinds()));
        }
        if (c.initiatedBy() != null) {
            parts.add("i.initiated_by = :initiatedBy");
            parameters.addValue("initiatedBy", c.initiatedBy().name());
        }
        if (!c.partnerKinds().isEmpty() || !c.governmentKinds().isEmpty()) {
            StringBuilder partner = new StringBuilder("exists (select 1 from interaction_partner ip join partner p "
                    + "on p.id = ip.partner_id where ip.interaction_id = i.id");
            if (!c.partnerKinds().isEmpty()) {
                partner.append(" and p.kind in (:partnerKinds)");
                parameters.addValue("partnerKinds", names(c.partnerKinds()));
            }
            if (!c.governmentKinds().isEmpty()) {
                partner.append(" and p.government_kind in (:governmentKinds)");
                parameters.addValue("governmentKinds", names(c.governmentKinds()));
            }
            parts.add(partner.append(')').toString());
        }
        if (!c.themes().isEmpty()) {
            parts.add(
                    "exists (select 1 from interaction_theme t where t.interaction_id = i.id and t.theme in (:themes))");
            parameters.addValue("themes", names(c.themes()));
        }
        if (c.issueTagged() || !c.priorities().isEmpty()) {
            if (c.priorities().isEmpty()) {
                parts.add("exists (select 1 from interaction_issue ii where ii.interaction_id = i.id)");
            } else {
                parts.add("exists (select 1 from interaction_issue ii join community_issue ci on ci.id = ii.issue_id "
                        + "where ii.interaction_id = i.id and ci.priority in (:priorities))");
                parameters.addValue("priorities", names(c.priorities()));
            }
        }
        if (c.directorPresent()) {
            // Reads the user accounts to filter (read-only): the director is a role, not a person.
            parts.add("exists (select 1 from interaction_staff s join user_account u on u.id = s.user_id "
                    + "where s.interaction_id = i.id and u.role = 'DIRECTOR')");
        }
        if (c.audienceSpan() > 0) {
            parts.add("(" + hasPartner("'GOVERNMENT'") + " + " + hasPartner("'DEI_ORGANIZATION', 'OTHER'")
                    + " + case when i.kind in (:publicKinds) then 1 else 0 end) >= :span");
            parameters
                    .addValue("publicKinds", names(InteractionCriteria.PUBLIC_KINDS))
                    .addValue("span", c.audienceSpan());
        }
        where = String.join(" and ", parts);
    }

    private static String hasPartner(String kinds) {
        return "case when exists (select 1 from interaction_partner ap join partner pp on pp.id = ap.partner_id "
                + "where ap.interaction_id = i.id and pp.kind in (" + kinds + ")) then 1 else 0 end";
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.toList());
    }
}
