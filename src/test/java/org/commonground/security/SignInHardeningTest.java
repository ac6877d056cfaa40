package org.commonground.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.testsupport.DatabaseAvailability;
import org.commonground.testsupport.MutableClock;
import org.commonground.testsupport.MutableClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in hardening over real HTTP, as a browser meets it: lockout after 5 failures for 15 minutes (on a
 * clock the test moves), throttling per address, a new session id at sign-in, sessions that end at once when
 * an account or its organization is deactivated, and the security headers on every kind of response. Runs on
 * H2 and on PostgreSQL (the counters are bulk updates).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "commonground.sign-in.address-failures=12")
@ActiveProfiles("test")
@Import(MutableClockConfig.class)
@Tag("data")
@ExtendWith(DatabaseAvailability.class)
class SignInHardeningTest {

    private static final String PASSWORD = "a long enough secret";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    PartnerService partners;

    @Autowired
    AddressThrottle throttle;

    @Autowired
    MutableClock clock;

    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        throttle.clear();
    }

    @AfterEach
    void signOutOfTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void five_failed_sign_ins_lock_the_account_for_15_minutes_even_against_the_right_password() throws Exception {
        String user = account(Role.STAFF, null);
        Browser browser = new Browser();
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.signIn(user, "wrong password " + i))
                    .as("failure %d", i)
                    .endsWith("/login?error");
        }
        assertThat(browser.signIn(user, PASSWORD)).as("4 failures do not lock").doesNotContain("/login");

        Browser other = new Browser();
        for (int i = 1; i <= 5; i++) {
            assertThat(other.signIn(user, "wrong again " + i)).endsWith("/login?error");
        }
        assertThat(other.signIn(user, PASSWORD)).as("the 5th failure locked it").endsWith("/login?locked");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(other.signIn(user, PASSWORD))
                .as("still locked a second before 15 minutes")
                .endsWith("/login?locked");
        clock.advance(Duration.ofSeconds(2));
        assertThat(other.signIn(user, PASSWORD)).as("15 minutes later").doesNotContain("/login");
        assertThat(other.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() throws Exception {
        String user = account(Role.STAFF, null);
        Browser browser = new Browser();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 4; i++) {
                browser.signIn(user, "typo " + i);
            }
            assertThat(browser.signIn(user, PASSWORD)).as("round %d", round).doesNotContain("/login");
        }
    }

    @Test
    void an_address_that_fails_on_many_accounts_is_held_back_even_for_a_right_password() throws Exception {
        String user = account(Role.STAFF, null);
        Browser browser = new Browser();
        for (int i = 0; i < 12; i++) {
            assertThat(browser.signIn("nobody-" + i + "-" + tag, "guess " + i)).endsWith("/login?error");
        }
        assertThat(browser.signIn(user, PASSWORD))
                .as("12 failures from one address within 10 minutes")
                .endsWith("/login?throttled");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(browser.signIn(user, PASSWORD)).as("the window moved on").doesNotContain("/login");
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        String user = account(Role.STAFF, null);
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotNull();
        browser.signIn(user, PASSWORD);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void deactivating_a_user_ends_their_open_session_at_once() throws Exception {
        long partner = partner();
        String user = account(Role.PARTNER, partner);
        Browser browser = new Browser();
        assertThat(browser.signIn(user, PASSWORD)).doesNotContain("/login");
        assertThat(browser.get("/portal").statusCode()).isEqualTo(200);

        asAdmin(() -> {
            UserSummary summary = administration.list().stream()
                    .filter(u -> u.username().equals(user))
                    .findFirst()
                    .orElseThrow();
            administration.deactivate(summary.id(), summary.version());
            return null;
        });

        HttpResponse<String> next = browser.get("/portal");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
        assertThat(browser.signIn(user, PASSWORD)).endsWith("/login?error");
    }

    @Test
    void marking_the_partner_former_ends_its_users_sessions_at_once() throws Exception {
        long partner = partner();
        String user = account(Role.PARTNER, partner);
        Browser browser = new Browser();
        browser.signIn(user, PASSWORD);
        assertThat(browser.get("/portal").statusCode()).isEqualTo(200);

        asAdmin(() -> {
            PartnerForm form = partners.formFor(partner);
            form.setStatus(PartnerStatus.FORMER);
            partners.update(partner, form, false);
            return null;
        });

        assertThat(browser.get("/portal").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
        assertThat(browser.signIn(user, PASSWORD)).endsWith("/login?error");
    }

    @Test
    void every_response_carries_the_security_headers_vaadin_runs_under() throws Exception {
        String user = account(Role.STAFF, null);
        Browser browser = new Browser();
        assertHeaders(browser.get("/login"), "the sign-in page");
        assertHeaders(browser.get("/styles/app.css"), "a stylesheet");
        browser.signIn(user, PASSWORD);
        assertHeaders(browser.get("/"), "a Vaadin page (forwarded to Vaadin's servlet)");
        assertHeaders(browser.get("/partners"), "another Vaadin page");
    }

    private static void assertHeaders(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                                "style-src 'self' 'unsafe-inline'",
                                "frame-ancestors 'none'",
                                "object-src 'none'"));
        assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(what)
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }

    // ---- helpers

    private String account(Role role, Long partnerId) {
        String name = role.name().toLowerCase() + "." + tag;
        accounts.createAccount(name, "Hardening " + role.label(), role, PASSWORD, partnerId, false);
        return name;
    }

    private long partner() {
        return asAdmin(() -> {
            PartnerForm form = new PartnerForm();
            form.setName("Hardening Partner " + tag);
            form.setKind(PartnerKind.OTHER);
            form.setStatus(PartnerStatus.ACTIVE);
            return partners.create(form, false);
        });
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "hardening.admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One browser: its own cookies, redirects not followed. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the sign-in form; returns where the server sends the browser next. */
        String signIn(String username, String password) throws Exception {
            String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
