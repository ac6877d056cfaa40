package org.commonground.rubric.rule;

import java.util.List;

/** An indicator's rule as the rubric data gives it: the rule kind, its criteria, and for all-of its parts. */
public record RuleSpec(String kind, Criteria criteria, List<Part> parts) {

    public RuleSpec {
        parts = List.copyOf(parts);
    }

    /** One part of an all-of rule, with the name its parameters are prefixed with. */
    public record Part(String name, RuleSpec spec) {}
}
