package org.commonground.rubric.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionCriteria;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.Theme;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.springframework.stereotype.Component;

/** The rubric data's interaction criteria, as a query for the interaction feature and as words. */
@Component
class InteractionTerms {

    static final Set<String> KEYS = Set.of(
            "kinds",
            "partnerKinds",
            "governmentKinds",
            "themes",
            "issueTagged",
            "priorities",
            "initiatedBy",
            "directorPresent",
            "audienceSpan");

    InteractionCriteria query(Criteria c) {
        return new InteractionCriteria(
                c.enums("kinds", InteractionKind.class),
                c.enums("partnerKinds", PartnerKind.class),
                c.enums("governmentKinds", GovernmentKind.class),
                c.enums("themes", Theme.class),
                c.flag("issueTagged"),
                c.enums("priorities", IssuePriority.class),
                c.oneOf("initiatedBy", Initiator.class),
                c.flag("directorPresent"),
                c.number("audienceSpan"));
    }

    /** "reviews with local government", "interactions with DEI organizations on racial equity"… */
    static String noun(Criteria c, boolean many) {
        StringBuilder text = new StringBuilder(Words.interactionKinds(c.enums("kinds", InteractionKind.class), many));
        Set<GovernmentKind> bodies = c.enums("governmentKinds", GovernmentKind.class);
        Set<PartnerKind> partners = c.enums("partnerKinds", PartnerKind.class);
        if (!bodies.isEmpty()) {
            text.append(" with ").append(Words.governmentKinds(bodies));
        } else if (!partners.isEmpty()) {
            text.append(" with ").append(Words.partnerKinds(partners));
        }
        text.append(qualifiers(c));
        return text.toString();
    }

    static String qualifiers(Criteria c) {
        List<String> parts = new ArrayList<>();
        Set<Theme> themes = c.enums("themes", Theme.class);
        if (!themes.isEmpty()) {
            parts.add(" on " + Words.themes(themes));
        }
        Set<IssuePriority> priorities = c.enums("priorities", IssuePriority.class);
        if (!priorities.isEmpty()) {
            parts.add(" about a " + Words.priorities(priorities) + " community issue");
        } else if (c.flag("issueTagged")) {
            parts.add(" about a community issue");
        }
        Initiator initiator = c.oneOf("initiatedBy", Initiator.class);
        if (initiator != null) {
            parts.add(initiator == Initiator.LIBRARY ? " that the library initiated" : " that the partner initiated");
        }
        if (c.flag("directorPresent")) {
            parts.add(" with the director present");
        }
        if (c.number("audienceSpan") > 0) {
            parts.add(" bringing together at least " + c.number("audienceSpan")
                    + " of local government, community organizations and community members");
        }
        return String.join(",", parts);
    }
}
