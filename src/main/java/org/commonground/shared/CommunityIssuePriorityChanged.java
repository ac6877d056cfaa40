package org.commonground.shared;

/** A community issue changed priority: evidence counted by priority must be counted again. */
public record CommunityIssuePriorityChanged(long issueId) {}
