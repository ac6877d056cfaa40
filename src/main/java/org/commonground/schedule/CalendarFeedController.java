package org.commonground.schedule;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/<token>.ics}: a user's check-ins for calendar clients to subscribe to. No session: the
 * secret token is the credential (permitted in SecurityConfig), and an unknown or reset one is a 404,
 * the same answer as for any address that leads nowhere. Conditional requests get 304.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ScheduleService schedule;

    CalendarFeedController(ScheduleService schedule) {
        this.schedule = schedule;
    }

    static String path(String token) {
        return "/calendar/" + token + ".ics";
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(
            @PathVariable String token,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Optional<FeedVersion> version = schedule.feedVersion(token);
        if (version.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        FeedVersion now = version.get();
        long since = modifiedSince(request);
        boolean unchanged = ifNoneMatch != null
                ? matches(ifNoneMatch, now.etag())
                : since >= 0 && !now.lastModified().isAfter(Instant.ofEpochMilli(since));
        if (unchanged) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(now.etag())
                    .lastModified(now.lastModified())
                    .build();
        }
        Optional<CalendarFeed> feed = schedule.feed(token);
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .eTag(feed.get().version().etag())
                .lastModified(feed.get().version().lastModified())
                // Private: the link is personal; no-cache: clients revalidate, and a 304 is cheap.
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("Content-Disposition", "inline; filename=\"check-ins.ics\"")
                .body(feed.get().body());
    }

    private static long modifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1; // a date that cannot be read asks for the whole feed
        }
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
