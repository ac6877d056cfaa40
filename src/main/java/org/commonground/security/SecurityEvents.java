package org.commonground.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: every refused access, lockout, throttled address, invitation and account change,
 * written to the log and to {@code security_event}. Each event is committed on its own, so a refusal is
 * recorded even when the refused work rolls back.
 */
@Service
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

    private final SecurityEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    SecurityEvents(SecurityEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A signed-in user asked for a record they may not see, or one that does not exist; they were told
     * "not found" either way.
     *
     * @param exists whether the record exists (then it belongs to someone else)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String recordKind, Object id, boolean exists) {
        String user = currentUser.username().orElse("anonymous");
        String whose =
                currentUser.principalPartnerId().map(p -> " of partner " + p).orElse("");
        String target = recordKind + " " + id;
        String detail = exists ? "belongs to another organization" : "does not exist";
        log.warn("Access refused: {}{} asked for {} ({}), answered not found", user, whose, target, detail);
        events.save(new SecurityEvent(
                clock.instant(), SecurityEventKind.ACCESS_REFUSED, user, address(), target, detail + whose));
    }

    /** Records an event by the signed-in user (or the given user name for sign-in events). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String target, String detail) {
        String user = username != null ? username : currentUser.username().orElse("anonymous");
        log.info("{}: user={} target={} {}", kind.label(), user, target, detail == null ? "" : detail);
        events.save(new SecurityEvent(clock.instant(), kind, user, address(), target, detail));
    }

    /** The newest events first: the administrators' security log. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<SecurityEventSummary> recent(int limit) {
        return events.findByOrderByAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(e -> new SecurityEventSummary(
                        e.getId(),
                        e.getAt(),
                        e.getKind(),
                        e.getUsername(),
                        e.getAddress(),
                        e.getTarget(),
                        e.getDetail()))
                .toList();
    }

    /** The address of the request being handled, when there is one. */
    static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
