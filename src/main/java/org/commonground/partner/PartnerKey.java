package org.commonground.partner;

/** What an import matches a row against: a partner's id, name key (see Texts.key), kind and external id. */
public record PartnerKey(long id, String name, String nameKey, PartnerKind kind, String externalId) {}
