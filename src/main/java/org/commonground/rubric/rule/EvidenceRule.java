package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonground.shared.RecordLink;

/**
 * A named computation over the records that says how far an indicator is achieved on given dates (a fraction
 * 0..1) and which records support it. Dates are "as of the end of that day"; evidence counts within the rule's
 * look-back window before it. Implementations query in aggregate and never load every record.
 */
public interface EvidenceRule {

    /** The name the rubric data uses for this rule ("interaction-count"). */
    String kind();

    /** The criteria keys this rule reads; anything else in the rubric data is refused at start-up. */
    Set<String> criteriaKeys();

    /** The parameters it takes, which administrators may tune. */
    List<Tunable> tunables(RuleSpec spec);

    /** Fails, naming the problem, when the criteria do not fit this rule (checked at start-up). */
    default void check(RuleSpec spec) {}

    /**
     * The features whose records it reads (the packages: "interaction", "partner"…): its findings are reused
     * until one of them changes. Every feature, unless a rule says less.
     */
    default Set<String> reads(RuleSpec spec) {
        return Reads.EVERYTHING;
    }

    /** Declares, once at start-up, what it will read (so the features can keep aggregates of it ready). */
    default void prepare(RuleSpec spec) {}

    /** The rule in one sentence, with its parameters ("At least 3 library-initiated interactions…"). */
    String describe(RuleSpec spec, Parameters parameters);

    /** One finding per date of {@code asOf}, in the same order. */
    List<Finding> evaluate(RuleSpec spec, Parameters parameters, List<LocalDate> asOf);

    /** The records behind the finding on {@code asOf}, newest first, at most {@code limit}. */
    List<RecordLink> evidence(RuleSpec spec, Parameters parameters, LocalDate asOf, int limit);
}
