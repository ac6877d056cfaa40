package org.commonground.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.commonground.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;

/**
 * Views are denied unless annotated; services check roles again with {@code @PreAuthorize},
 * so hiding a button is never the only guard. Only the health endpoint and the token-protected
 * calendar feeds are public.
 * Sign-in is hardened: per-account lockout ({@link SignInAttempts}), per-address throttling
 * ({@link SignInThrottleFilter}), a new session id at sign-in (Spring Security's default), sessions that an
 * administrator can end at once ({@link SessionTerminator}), and security headers on every response.
 */
@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@EnableConfigurationProperties(SignInProperties.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * What Vaadin's pre-built bundle needs to run (its docs: an inline bootstrap script, functions built from
     * the server's JavaScript, inline styles), and nothing from anywhere else; never inside a frame.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionRegistry sessionRegistry, AddressThrottle throttle, SecurityEvents events)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // Our stylesheets: the sign-in page needs them before anyone has signed in.
                .requestMatchers("/styles/**")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Personal calendar feeds: the secret token in the address is the credential (no session).
                .requestMatchers(HttpMethod.GET, "/calendar/*.ics")
                .permitAll()
                .requestMatchers("/actuator/**")
                .denyAll());
        http.headers(headers -> headers
                // Written when the request arrives: Vaadin's pages are forwarded to its servlet, and headers
                // written only when the response commits never reached them (and Vaadin set its own frame option).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        // Every session is registered, so deactivating a user or resetting a password can end theirs at once;
        // an ended session's next request (a Vaadin background request too) leads to the sign-in page.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(new SimpleRedirectSessionInformationExpiredStrategy(
                                "/login?ended", new UidlRedirectStrategy()))));
        // The login page is named here as well as by Vaadin's configurer, or Spring Security would also generate
        // its own default sign-in page; the failure handler says why sign-in failed.
        http.formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailureHandler()));
        http.addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id (Boot registers it with the servlet container). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * One Vaadin-aware strategy for the whole JVM. Vaadin creates one per application context and
     * sets it as the static default; each keeps its own thread-local, so with several contexts in
     * one JVM (the test suite) code reading the static holder and code holding an older context's
     * strategy would disagree about who is signed in. In a running app there is one context anyway.
     */
    private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return STRATEGY;
    }
}
