package org.commonground.portal;

import java.time.Instant;

/**
 * A new invitation with its secret: the path of the link (relative to the app, "invitation/…") is shown once,
 * to the person who invited, to pass on; it is not stored anywhere.
 */
public record IssuedInvitation(long id, String displayName, String email, String path, Instant expiresAt) {}
