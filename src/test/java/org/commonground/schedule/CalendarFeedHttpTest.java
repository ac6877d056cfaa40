package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The feed over HTTP without a session: its content type, conditional requests, and 404 for a bad token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithMockUser(username = "feed.http", roles = "DIRECTOR")
class CalendarFeedHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    @Autowired
    FeedTokens tokens;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String feedPath() {
        ScheduleFixtures fx = new ScheduleFixtures(partners, accounts);
        long city = fx.partner("City of Httpville", PartnerKind.GOVERNMENT);
        long director = fx.staff("Hal Http");
        schedule.create(ScheduleFixtures.secondTuesday("Check-in " + fx.tag, city, director));
        return CalendarFeedController.path(tokens.tokenOf(director));
    }

    @Test
    void the_feed_answers_without_a_session_as_text_calendar_and_then_304_while_unchanged() throws Exception {
        String path = feedPath();
        HttpResponse<String> first = get(path, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type ->
                        assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(first.body()).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=MONTHLY;BYDAY=2TU");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = get(path, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_bad_or_reset_token_is_not_found_never_a_sign_in_page() throws Exception {
        String path = feedPath();
        assertThat(get("/calendar/" + "x".repeat(43) + ".ics", null, null).statusCode())
                .isEqualTo(404);
        assertThat(get("/calendar/short.ics", null, null).statusCode()).isEqualTo(404);
        long owner = tokens.userOf(path.substring("/calendar/".length(), path.length() - 4))
                .orElseThrow();
        tokens.reset(owner);
        assertThat(get(path, null, null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
