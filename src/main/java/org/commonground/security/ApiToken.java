package org.commonground.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.commonground.shared.AuditedEntity;

/**
 * A personal token for the read API. It carries its user's access rules: requests made with it are that
 * user's requests. Only the token's SHA-256 is stored, with its first characters to tell tokens apart; the
 * token itself is shown once, when it is created. A revoked token stays, so the list shows when it ended.
 */
@Entity
class ApiToken extends AuditedEntity {

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false, length = 12)
    private String tokenStart;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long userId, String name, String tokenHash, String tokenStart) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenStart = tokenStart;
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getTokenStart() {
        return tokenStart;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
