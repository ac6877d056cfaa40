package org.commonground.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.commonground.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are denied unless annotated; services check roles again with {@code @PreAuthorize},
 * so hiding a button is never the only guard. Only the health endpoint and the token-protected
 * calendar feeds are public.
 */
@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // Our stylesheets: the sign-in page needs them before anyone has signed in.
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Personal calendar feeds: the secret token in the address is the credential (no session).
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/*.ics").permitAll()
                .requestMatchers("/actuator/**").denyAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
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

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
