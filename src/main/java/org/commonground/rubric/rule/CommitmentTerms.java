package org.commonground.rubric.rule;

import java.util.Set;
import org.commonground.commitment.CommitmentCriteria;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentKind;
import org.commonground.communityissue.IssuePriority;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;

/** The rubric data's commitment criteria, as a query for the commitment feature and as words. */
final class CommitmentTerms {

    static final Set<String> KEYS =
            Set.of("direction", "partnerKinds", "governmentKinds", "kinds", "issueTagged", "priorities");

    private CommitmentTerms() {}

    static CommitmentCriteria query(Criteria c) {
        return new CommitmentCriteria(
                c.oneOf("direction", CommitmentDirection.class),
                c.enums("partnerKinds", PartnerKind.class),
                c.enums("governmentKinds", GovernmentKind.class),
                c.enums("kinds", CommitmentKind.class),
                c.flag("issueTagged"),
                c.enums("priorities", IssuePriority.class),
                Set.of());
    }

    /** "commitments from the library to local government about a community issue"… */
    static String noun(Criteria c, boolean many) {
        Set<CommitmentKind> kinds = c.enums("kinds", CommitmentKind.class);
        StringBuilder text = new StringBuilder(kinds.isEmpty() ? "" : Words.commitmentKinds(kinds) + " ")
                .append(many ? "commitments" : "commitment");
        String partner = partners(c);
        CommitmentDirection direction = c.oneOf("direction", CommitmentDirection.class);
        if (direction == CommitmentDirection.LIBRARY_TO_PARTNER) {
            text.append(" from the library to ").append(partner.isEmpty() ? "a partner" : partner);
        } else if (direction == CommitmentDirection.PARTNER_TO_LIBRARY) {
            text.append(" from ")
                    .append(partner.isEmpty() ? "a partner" : partner)
                    .append(" to the library");
        } else if (!partner.isEmpty()) {
            text.append(" between the library and ").append(partner);
        }
        Set<IssuePriority> priorities = c.enums("priorities", IssuePriority.class);
        if (!priorities.isEmpty()) {
            text.append(" for a ").append(Words.priorities(priorities)).append(" community issue");
        } else if (c.flag("issueTagged")) {
            text.append(" tied to a community issue");
        }
        return text.toString();
    }

    private static String partners(Criteria c) {
        Set<GovernmentKind> bodies = c.enums("governmentKinds", GovernmentKind.class);
        if (!bodies.isEmpty()) {
            return Words.governmentKinds(bodies);
        }
        Set<PartnerKind> kinds = c.enums("partnerKinds", PartnerKind.class);
        return kinds.isEmpty() ? "" : Words.partnerKinds(kinds);
    }
}
