package org.commonground.interaction;

import java.util.EnumSet;
import java.util.Set;
import org.commonground.communityissue.IssuePriority;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;

/**
 * Which interactions count as evidence: every non-empty part must hold (empty sets and nulls mean "any").
 *
 * @param partnerKinds at least one partner of one of these kinds (and, with {@code governmentKinds}, of those
 *     government bodies)
 * @param themes at least one of these themes
 * @param issueTagged tagged with a community issue; with {@code priorities}, with one of those priorities
 * @param directorPresent a library director (a user with that role) was present
 * @param audienceSpan how many of the three audiences — local government, community organizations, community
 *     members (dialogues, assessments, program sessions, events) — it brought together, at least
 */
public record InteractionCriteria(
        Set<InteractionKind> kinds,
        Set<PartnerKind> partnerKinds,
        Set<GovernmentKind> governmentKinds,
        Set<Theme> themes,
        boolean issueTagged,
        Set<IssuePriority> priorities,
        Initiator initiatedBy,
        boolean directorPresent,
        int audienceSpan) {

    /** Kinds of interaction at which community members themselves take part. */
    static final Set<InteractionKind> PUBLIC_KINDS = EnumSet.of(
            InteractionKind.COMMUNITY_DIALOGUE,
            InteractionKind.NEEDS_ASSESSMENT,
            InteractionKind.PROGRAM_SESSION,
            InteractionKind.EVENT);

    /** The same criteria always read the same: the tallies know a criterion by this text. */
    String canonical() {
        return "kinds=" + sorted(kinds) + ";partnerKinds=" + sorted(partnerKinds) + ";governmentKinds="
                + sorted(governmentKinds) + ";themes=" + sorted(themes) + ";issueTagged=" + issueTagged
                + ";priorities=" + sorted(priorities) + ";initiatedBy=" + initiatedBy + ";directorPresent="
                + directorPresent + ";audienceSpan=" + audienceSpan;
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList().toString();
    }

    public InteractionCriteria {
        kinds = Set.copyOf(kinds);
        partnerKinds = Set.copyOf(partnerKinds);
        governmentKinds = Set.copyOf(governmentKinds);
        themes = Set.copyOf(themes);
        priorities = Set.copyOf(priorities);
    }

    public static InteractionCriteria any() {
        return new InteractionCriteria(Set.of(), Set.of(), Set.of(), Set.of(), false, Set.of(), null, false, 0);
    }

    public InteractionCriteria withKinds(Set<InteractionKind> values) {
        return new InteractionCriteria(
                values,
                partnerKinds,
                governmentKinds,
                themes,
                issueTagged,
                priorities,
                initiatedBy,
                directorPresent,
                audienceSpan);
    }

    public InteractionCriteria withPartners(Set<PartnerKind> kindsOfPartner, Set<GovernmentKind> bodies) {
        return new InteractionCriteria(
                kinds,
                kindsOfPartner,
                bodies,
                themes,
                issueTagged,
                priorities,
                initiatedBy,
                directorPresent,
                audienceSpan);
    }

    public InteractionCriteria withInitiator(Initiator initiator) {
        return new InteractionCriteria(
                kinds,
                partnerKinds,
                governmentKinds,
                themes,
                issueTagged,
                priorities,
                initiator,
                directorPresent,
                audienceSpan);
    }

    /** Tagged with an issue of these priorities (any issue when empty). */
    public InteractionCriteria withIssue(Set<IssuePriority> ofPriorities) {
        return new InteractionCriteria(
                kinds,
                partnerKinds,
                governmentKinds,
                themes,
                true,
                ofPriorities,
                initiatedBy,
                directorPresent,
                audienceSpan);
    }
}
