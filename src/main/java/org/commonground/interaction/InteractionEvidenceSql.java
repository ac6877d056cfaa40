package org.commonground.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
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

    InteractionEvidenceSql(InteractionCriteria c, LocalDate after, LocalDate upTo) {
        List<String> parts = new ArrayList<>();
        parts.add("i.occurred_on > :after and i.occurred_on <= :upTo");
        parameters.addValue("after", after).addValue("upTo", upTo);
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
            parts.add("exists (select 1 from interaction_theme t where t.interaction_id = i.id and t.theme in (:themes))");
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
        if (!c.staffPresent().isEmpty()) {
            parts.add("exists (select 1 from interaction_staff s where s.interaction_id = i.id and s.user_id in (:staff))");
            parameters.addValue("staff", c.staffPresent());
        }
        if (c.audienceSpan() > 0) {
            parts.add("(" + hasPartner("'GOVERNMENT'") + " + " + hasPartner("'DEI_ORGANIZATION', 'OTHER'")
                    + " + case when i.kind in (:publicKinds) then 1 else 0 end) >= :span");
            parameters.addValue("publicKinds", names(InteractionCriteria.PUBLIC_KINDS)).addValue("span",
                    c.audienceSpan());
        }
        where = String.join(" and ", parts);
    }

    private static String hasPartner(String kinds) {
        return "case when exists (select 1 from interaction_partner ap join partner pp on pp.id = ap.partner_id "
                + "where ap.interaction_id = i.id and pp.kind in (" + kinds + ")) then 1 else 0 end";
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.toList());
    }
}
