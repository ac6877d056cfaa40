package org.commonground.partner;

/** A partner's id, name and kind: what lists and sums of other features show per partner. */
public record PartnerLabel(long id, String name, PartnerKind kind) {}
