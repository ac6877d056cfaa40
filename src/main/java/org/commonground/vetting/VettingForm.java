package org.commonground.vetting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A vetting being filled in: the criteria asked (the active ones when the form was opened), an answer
 * and an optional note for each, and the partner's latest vetting at that moment, so a vetting someone
 * else recorded in the meantime is not silently superseded.
 */
public class VettingForm {

    public static final int NOTE_MAX = 2000;

    private final long partnerId;
    private final Long basedOnVettingId;
    private final List<CriterionSummary> criteria;
    private final Map<Long, Verdict> verdicts = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    VettingForm(long partnerId, Long basedOnVettingId, List<CriterionSummary> criteria) {
        this.partnerId = partnerId;
        this.basedOnVettingId = basedOnVettingId;
        this.criteria = List.copyOf(criteria);
    }

    /** The field name a message about this criterion's answer is filed under. */
    public static String answerField(long criterionId) {
        return "answer." + criterionId;
    }

    /** The field name a message about this criterion's note is filed under. */
    public static String noteField(long criterionId) {
        return "note." + criterionId;
    }

    public VettingForm answer(long criterionId, Verdict verdict, String note) {
        setVerdict(criterionId, verdict);
        setNote(criterionId, note);
        return this;
    }

    public void setVerdict(long criterionId, Verdict verdict) {
        if (verdict == null) {
            verdicts.remove(criterionId);
        } else {
            verdicts.put(criterionId, verdict);
        }
    }

    public void setNote(long criterionId, String note) {
        if (note == null) {
            notes.remove(criterionId);
        } else {
            notes.put(criterionId, note);
        }
    }

    public long getPartnerId() {
        return partnerId;
    }

    public Long getBasedOnVettingId() {
        return basedOnVettingId;
    }

    public List<CriterionSummary> getCriteria() {
        return criteria;
    }

    public Verdict verdict(long criterionId) {
        return verdicts.get(criterionId);
    }

    public String note(long criterionId) {
        return notes.get(criterionId);
    }
}
