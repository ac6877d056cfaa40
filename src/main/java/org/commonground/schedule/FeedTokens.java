package org.commonground.schedule;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Personal calendar feed tokens: 256 random bits each, one per user. The token is the feed's only
 * credential, so it is kept as is (the page shows the link again) and "reset" replaces it at once.
 */
@Component
class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FeedTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's token, created on first use. */
    String tokenOf(long userId) {
        List<String> found =
                jdbc.queryForList("select token from calendar_feed where user_id = ?", String.class, userId);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        String token = newToken();
        jdbc.update(
                "insert into calendar_feed (user_id, token, created_at) values (?, ?, ?)",
                userId,
                token,
                Timestamp.from(clock.instant()));
        return token;
    }

    /** Replaces the user's token: the old link stops working with this transaction's commit. */
    String reset(long userId) {
        String token = newToken();
        int changed = jdbc.update(
                "update calendar_feed set token = ?, created_at = ? where user_id = ?",
                token,
                Timestamp.from(clock.instant()),
                userId);
        if (changed == 0) {
            jdbc.update(
                    "insert into calendar_feed (user_id, token, created_at) values (?, ?, ?)",
                    userId,
                    token,
                    Timestamp.from(clock.instant()));
        }
        return token;
    }

    Optional<Long> userOf(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.queryForList("select user_id from calendar_feed where token = ?", Long.class, token).stream()
                .findFirst();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
