package org.commonground.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read API's own filter chain, before the UI's: stateless (no session is read or created), signed in by a
 * personal API token per request, CSRF off (no cookies are involved, so there is nothing to forge), read-only
 * (GET), and a bare 401 with {@code WWW-Authenticate: Bearer} for a missing, unknown or revoked token. The
 * OpenAPI description is public, so a client can be set up before it has a token.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiTokenRepository repository,
            UserAccountRepository users,
            SecurityContextHolderStrategy strategy,
            PlatformTransactionManager transactions,
            SecurityEvents events,
            Clock clock)
            throws Exception {
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**")
                .authenticated()
                .anyRequest()
                .denyAll());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.formLogin(form -> form.disable());
        http.httpBasic(basic -> basic.disable());
        http.logout(logout -> logout.disable());
        http.headers(headers -> headers.contentSecurityPolicy(
                csp -> csp.policyDirectives("default-src 'none'; " + "frame-ancestors 'none'")));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problem(
                        response,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        "unauthorized",
                        "Send a personal API token: Authorization: Bearer <token>. Create one on the API tokens page."))
                .accessDeniedHandler((request, response, e) ->
                        problem(response, HttpServletResponse.SC_NOT_FOUND, "not_found", "Not found.")));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        http.addFilterBefore(
                new ApiTokenFilter(repository, users, strategy, transaction, events, clock),
                AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static void problem(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"common-ground\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                        + message.replace("\"", "\\\"") + "\"}");
    }
}
