package org.commonground.rubric.rule;

import java.util.Set;

/** Which features' records the rules read, by package name, for the rubric's cache. */
final class Reads {

    static final Set<String> EVERYTHING = Set.of(
            "interaction", "commitment", "mission", "partner", "vetting", "schedule", "communityissue", "security");
    static final Set<String> COMMITMENTS = Set.of("commitment", "partner", "communityissue");
    static final Set<String> MISSIONS = Set.of("mission", "partner");

    private Reads() {}

    /** Interactions, and what their counts depend on: partners' kinds, issues' priorities, who is director. */
    static Set<String> interactions(Criteria criteria) {
        return criteria.flag("directorPresent")
                ? Set.of("interaction", "partner", "communityissue", "security")
                : Set.of("interaction", "partner", "communityissue");
    }
}
