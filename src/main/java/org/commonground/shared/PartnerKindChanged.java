package org.commonground.shared;

/** A partner changed kind or government body: what was counted as, say, an agency's must be counted again. */
public record PartnerKindChanged(long partnerId) {}
