package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonground.shared.RecordLink;

/**
 * An indicator that asks for several things at once ("documented goals and a review"): each part is a rule of
 * its own, with its parameters named after the part; the fraction is the mean of the parts' fractions.
 */
final class AllOfRule implements EvidenceRule {

    private final RuleEngine engine;

    AllOfRule(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public String kind() {
        return "all-of";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of();
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        List<Tunable> all = new ArrayList<>();
        for (RuleSpec.Part part : spec.parts()) {
            engine.rule(part.spec().kind())
                    .tunables(part.spec())
                    .forEach(t -> all.add(t.inPart(part.name(), label(part.name()))));
        }
        return all;
    }

    @Override
    public void check(RuleSpec spec) {
        if (spec.parts().size() < 2) {
            throw new IllegalArgumentException("an all-of rule needs at least two parts");
        }
        for (RuleSpec.Part part : spec.parts()) {
            if ("all-of".equals(part.spec().kind())) {
                throw new IllegalArgumentException("parts cannot be all-of rules themselves");
            }
            engine.check(part.spec());
        }
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        List<String> parts = spec.parts().stream()
                .map(part -> lowerFirst(engine.rule(part.spec().kind())
                        .describe(part.spec(), p.of(part.name()))
                        .replaceAll("\\.$", "")))
                .toList();
        return "All of: " + String.join("; ", parts) + " (the average of the parts).";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        List<List<Finding>> perPart = spec.parts().stream()
                .map(part -> engine.rule(part.spec().kind()).evaluate(part.spec(), p.of(part.name()), asOf))
                .toList();
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < asOf.size(); d++) {
            double sum = 0;
            List<String> progress = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < perPart.size(); k++) {
                Finding f = perPart.get(k).get(d);
                sum += f.fraction();
                progress.add(label(spec.parts().get(k).name()) + ": " + f.progress());
                if (f.missing() != null) {
                    missing.add(f.missing());
                }
            }
            findings.add(new Finding(
                    sum / perPart.size(),
                    String.join("; ", progress),
                    missing.isEmpty() ? null : String.join(" ", missing)));
        }
        return findings;
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        List<RecordLink> all = new ArrayList<>();
        for (RuleSpec.Part part : spec.parts()) {
            all.addAll(engine.rule(part.spec().kind()).evidence(part.spec(), p.of(part.name()), asOf, limit));
        }
        return all.stream()
                .distinct()
                .sorted(Comparator.comparing(RecordLink::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit)
                .toList();
    }

    /** "bothSides" → "Both sides". */
    static String label(String partName) {
        String spaced = partName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
