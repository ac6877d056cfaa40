package org.commonground.partner;

/** A partner's kind and, for local government, which body it is. */
public record PartnerKinds(PartnerKind kind, GovernmentKind governmentKind) {}
