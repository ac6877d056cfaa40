package org.commonground.shared;

/**
 * A partner organization was marked former: its people lose portal access at once. Published by the
 * partner feature inside the change's transaction; the security and portal features listen.
 */
public record PartnerDeactivated(long partnerId) {}
