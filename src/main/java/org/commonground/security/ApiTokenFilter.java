package org.commonground.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the owner of its bearer token ({@code Authorization: Bearer cg_…}), for this
 * request only (no session). The owner is read fresh: a revoked token, a deactivated or locked account signs
 * nothing in, and the request then gets 401 from the chain's entry point.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenRepository repository;
    private final UserAccountRepository users;
    private final SecurityContextHolderStrategy strategy;
    private final TransactionTemplate transaction;
    private final SecurityEvents events;
    private final Clock clock;

    ApiTokenFilter(
            ApiTokenRepository repository,
            UserAccountRepository users,
            SecurityContextHolderStrategy strategy,
            TransactionTemplate transaction,
            SecurityEvents events,
            Clock clock) {
        this.repository = repository;
        this.users = users;
        this.strategy = strategy;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            Optional<SignedInUser> user = transaction.execute(status -> owner(token));
            if (user.isPresent()) {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user.get(), null, user.get().getAuthorities()));
                strategy.setContext(context);
            } else {
                events.record(
                        SecurityEventKind.API_TOKEN_REFUSED,
                        "anonymous",
                        request.getRequestURI(),
                        "unknown or revoked token, or inactive account");
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    private Optional<SignedInUser> owner(String token) {
        if (!token.startsWith(ApiTokenService.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return repository
                .findByTokenHash(ApiTokenService.hash(token))
                .filter(t -> t.getRevokedAt() == null)
                .flatMap(t -> users.findById(t.getUserId())
                        .filter(UserAccount::isEnabled)
                        .map(account -> new SignedInUser(account, clock.instant()))
                        .filter(SignedInUser::isAccountNonLocked)
                        .map(user -> {
                            repository.markUsed(t.getId(), clock.instant());
                            return user;
                        }));
    }
}
