package org.commonground.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.schedule.Ending;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesForm;
import org.commonground.security.ApiTokenService;
import org.commonground.security.IssuedApiToken;
import org.commonground.security.Role;
import org.commonground.security.SecurityEventKind;
import org.commonground.security.SecurityEvents;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.DatabaseAvailability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The read API over real HTTP, as a client meets it: personal tokens carry their owner's rules. Two
 * organizations, A (the partner user's) and B: a staff token reads everything; a partner token of A reads A's
 * own records and gets 404 — the answer for a record that does not exist, logged — for B's, for records staff
 * did not share, and for the rubric; no token, an unknown or a revoked one gets 401. On H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("data")
@ExtendWith(DatabaseAvailability.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessDataTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @LocalServerPort
    int port;

    @Autowired
    PartnerService partners;

    @Autowired
    InteractionService interactions;

    @Autowired
    CommitmentService commitments;

    @Autowired
    MissionService missions;

    @Autowired
    ScheduleService schedule;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    UserAccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SecurityEvents securityEvents;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    long a;
    long b;
    long cA;
    long cB;
    long mA;
    long mB;
    long iAShared;
    long iAPrivate;
    long iB;
    long sA;
    long sB;
    String staffToken;
    String partnerToken;
    String staffUser;
    String partnerUser;

    @BeforeAll
    void twoOrganizations() {
        staffUser = "api.staff." + tag;
        partnerUser = "api.partner." + tag;
        as("api.setup." + tag, Role.ADMIN, () -> {
            a = partner("Otter Watershed " + tag);
            b = partner("Zebra Museum " + tag);
            long issue = issues.create(CommunityIssueForm.of("API issue " + tag, null, IssuePriority.LOW));
            long staff = accounts.createAccount(staffUser, "API Staff", Role.STAFF, "long enough secret", null, false)
                    .id();
            accounts.createAccount(partnerUser, "API Partner", Role.PARTNER, "long enough secret", a, false);
            cA = commitment(a, "Otter room " + tag, issue);
            cB = commitment(b, "Zebra gallery " + tag, issue);
            mA = missions.create(mission("Otter river mission " + tag, issue, staff, a));
            mB = missions.create(mission("Zebra exhibit mission " + tag, issue, staff, b));
            iAShared = interactions.log(meeting(a, "Otter shared notes " + tag, true));
            iAPrivate = interactions.log(meeting(a, "Otter private notes " + tag, false));
            iB = interactions.log(meeting(b, "Zebra shared notes " + tag, true));
            sA = schedule.create(series("Otter check-in " + tag, a, staff));
            sB = schedule.create(series("Zebra check-in " + tag, b, staff));
            return null;
        });
        staffToken = as(
                staffUser, Role.STAFF, () -> tokens.create("Staff spreadsheet").token());
        partnerToken = as(
                partnerUser,
                Role.PARTNER,
                () -> tokens.create("Partner dashboard").token());
    }

    @Test
    void a_staff_token_reads_every_list_and_record() throws Exception {
        assertThat(ids(get("/api/v1/partners?search=" + tag, staffToken))).contains(a, b);
        assertThat(ids(get("/api/v1/interactions?text=" + tag + "&size=200", staffToken)))
                .contains(iAShared, iAPrivate, iB);
        assertThat(ids(get("/api/v1/commitments?size=200", staffToken))).contains(cA, cB);
        assertThat(ids(get("/api/v1/missions?text=" + tag, staffToken))).contains(mA, mB);
        assertThat(ids(get("/api/v1/series?size=200", staffToken))).contains(sA, sB);
        for (String path : List.of(
                "/api/v1/partners/" + b,
                "/api/v1/interactions/" + iB,
                "/api/v1/interactions/" + iAPrivate,
                "/api/v1/commitments/" + cB,
                "/api/v1/missions/" + mB,
                "/api/v1/series/" + sB,
                "/api/v1/series/" + sB + "/occurrences")) {
            assertThat(get(path, staffToken).statusCode()).as(path).isEqualTo(200);
        }
        JsonNode interaction = body(get("/api/v1/interactions/" + iAPrivate, staffToken));
        assertThat(interaction.path("notes").asString()).isEqualTo("Otter private notes " + tag);
        assertThat(interaction.path("partners").get(0).asString()).isEqualTo("Otter Watershed " + tag);
        assertThat(interaction.path("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(interaction.path("at").asString())
                .startsWith("2026-11-10T10:00")
                .satisfiesAnyOf(
                        at -> assertThat(at).endsWith("-05:00"),
                        at -> assertThat(at).endsWith("-06:00"));

        JsonNode scores = body(get("/api/v1/rubric/scores?asOf=2026-06-30", staffToken));
        assertThat(scores.path("asOf").asString()).isEqualTo("2026-06-30");
        assertThat(scores.path("strands").size()).isEqualTo(6);
        assertThat(scores.path("strands").get(0).path("score").asDouble()).isBetween(1.0, 10.0);
    }

    @Test
    void a_partner_token_sees_only_what_its_organization_sees_and_404_for_anything_else() throws Exception {
        assertThat(ids(get("/api/v1/partners", partnerToken))).containsExactly(a);
        assertThat(ids(get("/api/v1/interactions", partnerToken)))
                .contains(iAShared)
                .doesNotContain(iAPrivate, iB);
        assertThat(ids(get("/api/v1/commitments", partnerToken))).contains(cA).doesNotContain(cB);
        assertThat(ids(get("/api/v1/missions", partnerToken))).contains(mA).doesNotContain(mB);
        assertThat(ids(get("/api/v1/series", partnerToken))).contains(sA).doesNotContain(sB);
        String everything = get("/api/v1/partners", partnerToken).body()
                + get("/api/v1/commitments", partnerToken).body()
                + get("/api/v1/missions", partnerToken).body()
                + get("/api/v1/series", partnerToken).body();
        assertThat(everything).as("no other organization's name").doesNotContain("Zebra");

        for (String path : List.of(
                "/api/v1/partners/" + a,
                "/api/v1/interactions/" + iAShared,
                "/api/v1/commitments/" + cA,
                "/api/v1/missions/" + mA,
                "/api/v1/series/" + sA,
                "/api/v1/series/" + sA + "/occurrences")) {
            HttpResponse<String> response = get(path, partnerToken);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of(
                "/api/v1/partners/" + b,
                "/api/v1/interactions/" + iB,
                "/api/v1/interactions/" + iAPrivate,
                "/api/v1/commitments/" + cB,
                "/api/v1/missions/" + mB,
                "/api/v1/series/" + sB,
                "/api/v1/series/" + sB + "/occurrences",
                "/api/v1/rubric/scores",
                "/api/v1/commitments/987654321")) {
            HttpResponse<String> response = get(path, partnerToken);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(body(response).path("error").asString()).as(path).isEqualTo("not_found");
            assertThat(response.body()).as(path).doesNotContain("Zebra");
        }
        assertThat(as("api.audit." + tag, Role.ADMIN, () -> securityEvents.recent(50)))
                .as("the refusals are in the security log under the partner user's name")
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(SecurityEventKind.ACCESS_REFUSED);
                    assertThat(e.username()).isEqualTo(partnerUser);
                    assertThat(e.target()).isEqualTo("commitment " + cB);
                });
    }

    @Test
    void no_token_an_unknown_one_or_a_revoked_one_gets_401() throws Exception {
        IssuedApiToken issued = as(staffUser, Role.STAFF, () -> tokens.create("Soon revoked"));
        assertThat(get("/api/v1/commitments", issued.token()).statusCode()).isEqualTo(200);
        as(staffUser, Role.STAFF, () -> {
            long version = tokens.mine().stream()
                    .filter(t -> t.id() == issued.id())
                    .findFirst()
                    .orElseThrow()
                    .version();
            tokens.revoke(issued.id(), version);
            return null;
        });
        for (String path : List.of(
                "/api/v1/partners",
                "/api/v1/interactions",
                "/api/v1/commitments/" + cA,
                "/api/v1/missions",
                "/api/v1/series",
                "/api/v1/rubric/scores")) {
            for (String token : new String[] {null, "cg_not-a-real-token", issued.token(), "Basic abc"}) {
                HttpResponse<String> response = get(path, token);
                assertThat(response.statusCode()).as(path + " with " + token).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate"))
                        .as(path)
                        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
                assertThat(response.body()).as(path).contains("\"error\":\"unauthorized\"");
                assertThat(response.headers().firstValue("Set-Cookie"))
                        .as("stateless: no session")
                        .isEmpty();
            }
        }
        assertThat(as(staffUser, Role.STAFF, () -> tokens.mine()))
                .filteredOn(t -> t.id() == issued.id())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.active()).isFalse();
                    assertThat(t.lastUsedAt())
                            .as("used once before it was revoked")
                            .isNotNull();
                });
    }

    @Test
    void the_api_is_read_only_and_pages_are_checked() throws Exception {
        HttpResponse<String> post = http.send(
                request("/api/v1/commitments", staffToken)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(403, 404, 405);
        HttpResponse<String> tooBig = get("/api/v1/interactions?size=5000", staffToken);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(body(tooBig).path("fields").path("size").asString()).contains("1 to 200");
        assertThat(get("/api/v1/interactions?kind=NOPE", staffToken).statusCode())
                .isEqualTo(400);
        JsonNode page = body(get("/api/v1/commitments?size=1", staffToken));
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("hasMore").asBoolean()).isTrue();
        assertThat(get("/api/v1/openapi.json", null).statusCode())
                .as("the description is public")
                .isEqualTo(200);
    }

    // ---- helpers

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            builder.header("Authorization", token.startsWith("Basic") ? token : "Bearer " + token);
        }
        return builder;
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private Set<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        Set<Long> ids = new HashSet<>();
        body(response).path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private long partner(String name) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(PartnerKind.SCIENCE_LEADER);
        form.setStatus(PartnerStatus.ACTIVE);
        return partners.create(form, false);
    }

    private long commitment(long partner, String description, long issue) {
        CommitmentForm form = CommitmentForm.startingOn(LocalDate.now(CHICAGO).minusMonths(1));
        form.setPartnerId(partner);
        form.setDirection(CommitmentDirection.LIBRARY_TO_PARTNER);
        form.setKind(CommitmentKind.STAFF_TIME);
        form.setDescription(description);
        form.setAmount(BigDecimal.valueOf(4));
        form.setUnit(CommitmentUnit.HOURS_PER_MONTH);
        form.setCommunityIssueId(issue);
        form.setInitialStatus(CommitmentStatus.ACTIVE);
        return commitments.create(form);
    }

    private static MissionForm mission(String statement, long issue, long owner, long signatory) {
        MissionForm form = new MissionForm();
        form.setStatement(statement);
        form.setIssueId(issue);
        form.setOwnerId(owner);
        form.setSignatoryPartnerIds(Set.of(signatory));
        return form;
    }

    private static InteractionForm meeting(long partner, String notes, boolean shared) {
        InteractionForm form = new InteractionForm();
        form.setKind(InteractionKind.MEETING);
        form.setDate(LocalDate.of(2026, 11, 10));
        form.setTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setPartnerIds(Set.of(partner));
        form.setNotes(notes);
        form.setSharedWithPartners(shared);
        return form;
    }

    private static SeriesForm series(String title, long partner, long organizer) {
        var form = new SeriesForm();
        form.setTitle(title);
        form.setPartnerIds(Set.of(partner));
        form.setOrganizerId(organizer);
        form.setStaffIds(Set.of(organizer));
        form.setStartDate(LocalDate.now(CHICAGO).minusMonths(3));
        form.setStartTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setDurationMinutes(60);
        form.setRepeat(Repeat.WEEKLY);
        form.setWeekdays(Set.of(LocalDate.now(CHICAGO).getDayOfWeek()));
        form.setEnding(Ending.NEVER);
        form.setReminderHours(24);
        return form;
    }
}
