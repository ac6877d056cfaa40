package org.commonground.vetting;

import java.time.Instant;
import java.util.List;

/** One vetting as the partner page shows it: when, who, and each criterion's answer and note. */
public record VettingDetails(long id, long partnerId, Instant vettedAt, String vetter, List<Answer> answers) {

    public record Answer(long criterionId, String criterion, Verdict verdict, String note) {}

    public long count(Verdict verdict) {
        return answers.stream().filter(a -> a.verdict() == verdict).count();
    }

    /** The criteria that apply to this partner: all answered ones but those not applicable. */
    public long applicable() {
        return answers.size() - count(Verdict.NOT_APPLICABLE);
    }

    /** "2 of 3 criteria met", with the not-applicable ones said separately. */
    public String summary() {
        long met = count(Verdict.MET);
        long applicable = applicable();
        String text = met + " of " + applicable + (applicable == 1 ? " criterion" : " criteria") + " met";
        long notApplicable = count(Verdict.NOT_APPLICABLE);
        return notApplicable == 0 ? text : text + " (" + notApplicable + " not applicable)";
    }
}
