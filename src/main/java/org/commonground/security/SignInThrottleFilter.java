package org.commonground.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the sign-in form is checked: an address that failed too often recently is sent back to the
 * sign-in page without its credentials being tried. Not a bean (Boot would register it for every request
 * outside the security chain too); {@link SecurityConfig} puts it in the chain.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final AddressThrottle throttle;
    private final SecurityEvents events;

    SignInThrottleFilter(AddressThrottle throttle, SecurityEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getServletPath().equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (throttle.isThrottled(address)) {
            events.record(
                    SecurityEventKind.ADDRESS_THROTTLED,
                    UserAccountService.normalize(request.getParameter("username")),
                    "sign-in",
                    "too many failed sign-ins from " + address);
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
