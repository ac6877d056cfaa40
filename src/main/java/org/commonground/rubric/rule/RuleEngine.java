package org.commonground.rubric.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The evidence rules by kind, and the start-up check that the rubric data fits them. */
@Component
public class RuleEngine {

    private final Map<String, EvidenceRule> rules = new HashMap<>();

    RuleEngine(List<EvidenceRule> beans) {
        for (EvidenceRule rule : beans) {
            if (rules.put(rule.kind(), rule) != null) {
                throw new IllegalStateException("Two evidence rules named " + rule.kind());
            }
        }
        AllOfRule allOf = new AllOfRule(this);
        rules.put(allOf.kind(), allOf);
    }

    public EvidenceRule rule(String kind) {
        EvidenceRule rule = rules.get(kind);
        if (rule == null) {
            throw new IllegalArgumentException("rule \"" + kind + "\" is not one of " + new TreeSet<>(rules.keySet()));
        }
        return rule;
    }

    /** Fails with a message naming the problem when the spec does not fit its rule. */
    public void check(RuleSpec spec) {
        EvidenceRule rule = rule(spec.kind());
        for (String key : spec.criteria().keys()) {
            if (!rule.criteriaKeys().contains(key)) {
                throw new IllegalArgumentException("criteria." + key + " means nothing to rule " + spec.kind()
                        + " (it reads " + new TreeSet<>(rule.criteriaKeys()) + ")");
            }
        }
        if (!spec.parts().isEmpty() && !"all-of".equals(spec.kind())) {
            throw new IllegalArgumentException("only all-of rules have parts");
        }
        rule.check(spec);
    }

    /** Lets the rule (and an all-of rule's parts) declare what it will read. */
    public void prepare(RuleSpec spec) {
        if ("all-of".equals(spec.kind())) {
            spec.parts().forEach(part -> prepare(part.spec()));
        } else {
            rule(spec.kind()).prepare(spec);
        }
    }

    /** The features whose records the rule (and an all-of rule's parts) reads. */
    public Set<String> reads(RuleSpec spec) {
        if ("all-of".equals(spec.kind())) {
            Set<String> all = new TreeSet<>();
            spec.parts().forEach(part -> all.addAll(reads(part.spec())));
            return all;
        }
        return rule(spec.kind()).reads(spec);
    }

    public List<Tunable> tunables(RuleSpec spec) {
        return rule(spec.kind()).tunables(spec);
    }
}
