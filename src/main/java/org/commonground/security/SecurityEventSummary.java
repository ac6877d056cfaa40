package org.commonground.security;

import java.time.Instant;

/** One line of the security log as the administrators' page shows it. */
public record SecurityEventSummary(
        long id, Instant at, SecurityEventKind kind, String username, String address, String target, String detail) {}
