package org.commonground.communityissue;

/** A community issue as lists and pickers show it. */
public record CommunityIssueSummary(long id, String name, String description, IssuePriority priority, long version) {

    static CommunityIssueSummary of(CommunityIssue issue) {
        return new CommunityIssueSummary(
                issue.getId(), issue.getName(), issue.getDescription(), issue.getPriority(), issue.getVersion());
    }
}
