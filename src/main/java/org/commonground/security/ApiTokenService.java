package org.commonground.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: any signed-in user creates, lists and revokes their own (nobody sees another's).
 * A token is 256 random bits, {@code cg_} and URL-safe Base64; only its SHA-256 is stored.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    static final String PREFIX = "cg_";
    private static final String TOKEN = "API token";
    private static final int NAME_MAX = 80;
    private static final int SHOWN_START = 10;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final SecurityEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, SecurityEvents events, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new token for the signed-in user, named so they can tell it apart (e.g. "Board spreadsheet"). */
    @Transactional
    public IssuedApiToken create(String name) {
        String cleaned = Texts.clean(name);
        if (cleaned == null) {
            throw InvalidInputException.of("name", "Name the token, e.g. after the tool that will use it.");
        }
        if (cleaned.length() > NAME_MAX) {
            throw InvalidInputException.of("name", "At most " + NAME_MAX + " characters.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(me(), cleaned, hash(token), token.substring(0, SHOWN_START)));
        events.record(
                SecurityEventKind.API_TOKEN_CREATED,
                currentUser.username().orElse(null),
                "api token " + saved.getId(),
                null);
        return new IssuedApiToken(saved.getId(), cleaned, token);
    }

    /** The signed-in user's tokens, newest first, revoked ones included. */
    public List<ApiTokenSummary> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(me()).stream()
                .map(ApiTokenService::summary)
                .toList();
    }

    /** Revokes one of the signed-in user's tokens at once; its next request gets 401. */
    @Transactional
    public void revoke(long id, long version) {
        ApiToken token = tokens.findByIdAndUserId(id, me()).orElseThrow(() -> new RecordNotFoundException(TOKEN, id));
        if (token.getVersion() != version) {
            throw new StaleRecordException(TOKEN);
        }
        token.revoke(clock.instant());
        tokens.flush();
        events.record(
                SecurityEventKind.API_TOKEN_REVOKED, currentUser.username().orElse(null), "api token " + id, null);
    }

    private long me() {
        return currentUser
                .accountEntity()
                .map(UserAccount::getId)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    static ApiTokenSummary summary(ApiToken t) {
        return new ApiTokenSummary(
                t.getId(),
                t.getName(),
                t.getTokenStart() + "…",
                t.getCreatedAt(),
                t.getLastUsedAt(),
                t.getRevokedAt(),
                t.getVersion());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
