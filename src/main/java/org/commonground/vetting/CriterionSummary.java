package org.commonground.vetting;

/**
 * A vetting criterion as the admin page and the vetting form show it.
 *
 * @param used whether any vetting has answered it (then it can be retired, not deleted)
 */
public record CriterionSummary(
        long id, String name, String description, int displayOrder, boolean retired, boolean used, long version) {

    static CriterionSummary of(VettingCriterion c, boolean used) {
        return new CriterionSummary(
                c.getId(), c.getName(), c.getDescription(), c.getDisplayOrder(), c.isRetired(), used, c.getVersion());
    }
}
