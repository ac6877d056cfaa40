package org.commonground.commitment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonground.shared.Formats;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;

/** The rules a commitment must meet, each failure named by its field so the form shows it there. */
final class CommitmentRules {

    private CommitmentRules() {}

    /**
     * @param partnerExists whether the chosen partner exists
     * @param issueIds the community issues that exist
     */
    static void check(
            CommitmentForm form,
            boolean partnerExists,
            boolean missionExists,
            Set<Long> issueIds,
            InputValidator validator) {
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal amount = form.getAmount();
        if (amount != null) {
            if (amount.signum() <= 0) {
                problems.put("amount", "The amount must be more than 0.");
            } else if (amount.compareTo(CommitmentForm.AMOUNT_MAX) > 0) {
                problems.put("amount", "The amount can be at most 1,000,000,000. Check for extra digits.");
            } else if (amount.stripTrailingZeros().scale() > 2) {
                problems.put("amount", "The amount can have at most two decimal places.");
            }
        }
        if (form.getStartDate() != null
                && form.getEndDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            problems.put(
                    "endDate",
                    "The end date is before the start date (" + Formats.date(form.getStartDate())
                            + "). Choose a later end date, or leave it empty for an open-ended commitment.");
        }
        if (form.getPartnerId() != null && !partnerExists) {
            problems.put("partnerId", "The chosen partner no longer exists; choose the partner again.");
        }
        if (form.getCommunityIssueId() != null && !issueIds.contains(form.getCommunityIssueId())) {
            problems.put("communityIssueId", "The chosen community issue no longer exists; choose it again.");
        }
        if (!missionExists) {
            problems.put("missionId", "The chosen shared mission no longer exists; choose it again.");
        }
        if (form.getInitialStatus() != CommitmentStatus.PROPOSED
                && form.getInitialStatus() != CommitmentStatus.ACTIVE) {
            problems.put("initialStatus", "A new commitment starts as proposed or active.");
        }
        validator.check(form, problems);
    }

    static void checkNote(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("note", "Write the progress note first.");
        }
        if (text.strip().length() > CommitmentNote.TEXT_MAX) {
            throw InvalidInputException.of("note", "A progress note can be at most 2,000 characters.");
        }
    }
}
