package org.commonground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.schedule.CalendarFilter;
import org.commonground.schedule.Ending;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesForm;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.OwnDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The CSV exports of the main lists: what a spreadsheet user opens — a BOM, the header, the rows the list's
 * filters select, formulas neutralized, line breaks and accents intact — read in chunks of 2 here, so every
 * export crosses several chunk boundaries (with rows at the same moment on both sides of one).
 */
@OwnDatabaseTest
@WithMockUser(
        username = "export.tester",
        roles = {"STAFF", "DIRECTOR"})
class ExportDataTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    InteractionService interactions;

    @Autowired
    PartnerService partners;

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

    String tag;
    long river;
    long museum;
    long issue;
    long owner;

    @BeforeEach
    void twoPartners() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        river = partner("Rivière Conservancy " + tag, PartnerKind.DEI_ORGANIZATION);
        museum = partner("Science Museum " + tag, PartnerKind.SCIENCE_LEADER);
        issue = issues.create(CommunityIssueForm.of("Export issue " + tag, null, IssuePriority.HIGH));
        owner = accounts.createAccount(
                        "export.owner." + tag, "Export Owner " + tag, Role.STAFF, "long enough secret", null, false)
                .id();
    }

    @Test
    void interactions_export_holds_exactly_what_the_filter_shows_newest_first_with_formulas_neutralized()
            throws IOException {
        LocalDate day = LocalDate.now(CHICAGO).minusDays(5);
        // Three at the same moment: the chunk boundary (2) falls between rows with equal dates.
        long first = interactions.log(meeting(river, day, "=HYPERLINK(\"http://evil.example\",\"click\")"));
        long second = interactions.log(meeting(river, day, "Line one,\nline two with \"quotes\""));
        long third = interactions.log(meeting(river, day, "@SUM(A1:A9)"));
        long older = interactions.log(meeting(river, day.minusDays(1), "-2+3"));
        long call = interactions.log(call(river, day.plusDays(1), "+1 555 0100 called back"));
        interactions.log(meeting(museum, day, "The museum's own meeting"));

        List<CSVRecord> rows = csv(
                out -> interactions.export(
                        new InteractionFilter(null, null, null, river, null, InteractionKind.MEETING, null, null), out),
                InteractionService.EXPORT_HEADER);

        assertThat(rows)
                .extracting(r -> r.get("id"))
                .containsExactly(
                        String.valueOf(third), String.valueOf(second), String.valueOf(first), String.valueOf(older));
        assertThat(rows)
                .extracting(r -> r.get("notes"))
                .containsExactly(
                        "'@SUM(A1:A9)",
                        "Line one,\nline two with \"quotes\"",
                        "'=HYPERLINK(\"http://evil.example\",\"click\")",
                        "'-2+3");
        CSVRecord one = rows.get(0);
        assertThat(one.get("partners")).isEqualTo("Rivière Conservancy " + tag);
        assertThat(one.get("kind")).isEqualTo("Meeting");
        assertThat(one.get("date")).isEqualTo(day.toString());
        assertThat(one.get("time")).isEqualTo("10:00");
        assertThat(one.get("time zone")).isEqualTo("America/Chicago");
        assertThat(one.get("topics")).isEqualTo("Export issue " + tag);

        List<CSVRecord> calls = csv(
                out -> interactions.export(
                        new InteractionFilter(null, null, null, river, null, InteractionKind.CALL, null, null), out),
                InteractionService.EXPORT_HEADER);
        assertThat(calls).singleElement().satisfies(r -> {
            assertThat(r.get("id")).isEqualTo(String.valueOf(call));
            assertThat(r.get("notes")).isEqualTo("'+1 555 0100 called back");
        });
    }

    @Test
    void partners_and_their_contacts_export_with_the_directory_filter() throws IOException {
        ContactForm contact = new ContactForm();
        contact.setFullName("Zoë Ångström " + tag);
        contact.setTitle("=cmd|' /C calc'!A0");
        partners.addContact(river, contact);
        ContactForm other = new ContactForm();
        other.setFullName("Museum Person " + tag);
        partners.addContact(museum, other);

        List<CSVRecord> dei = csv(
                out -> partners.export(new PartnerFilter(tag, PartnerKind.DEI_ORGANIZATION, null, null, null), out),
                PartnerService.EXPORT_HEADER);
        assertThat(dei).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("Rivière Conservancy " + tag);
            assertThat(r.get("kind")).isEqualTo(PartnerKind.DEI_ORGANIZATION.label());
        });
        assertThat(csv(out -> partners.export(PartnerFilter.byName(tag), out), PartnerService.EXPORT_HEADER))
                .extracting(r -> r.get("name"))
                .containsExactly("Rivière Conservancy " + tag, "Science Museum " + tag);

        List<CSVRecord> contacts = csv(
                out -> partners.exportContacts(
                        new PartnerFilter(tag, PartnerKind.DEI_ORGANIZATION, null, null, null), out),
                PartnerService.CONTACTS_EXPORT_HEADER);
        assertThat(contacts).singleElement().satisfies(r -> {
            assertThat(r.get("full name")).isEqualTo("Zoë Ångström " + tag);
            assertThat(r.get("title")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(r.get("partner")).isEqualTo("Rivière Conservancy " + tag);
        });
    }

    @Test
    void commitments_missions_and_check_ins_export_with_their_filters() throws IOException {
        for (int i = 0; i < 3; i++) {
            commitment(river, CommitmentDirection.LIBRARY_TO_PARTNER, "Room " + i + " " + tag);
        }
        commitment(river, CommitmentDirection.PARTNER_TO_LIBRARY, "-Data given " + tag);
        commitment(museum, CommitmentDirection.LIBRARY_TO_PARTNER, "Gallery " + tag);

        List<CSVRecord> riverRows =
                csv(out -> commitments.export(CommitmentFilter.ofPartner(river), out), CommitmentService.EXPORT_HEADER);
        assertThat(riverRows)
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.get("partner")).isEqualTo("Rivière Conservancy " + tag));
        assertThat(riverRows).extracting(r -> r.get("description")).contains("'-Data given " + tag);
        assertThat(riverRows)
                .filteredOn(r -> r.get("description").startsWith("Room"))
                .allSatisfy(r -> {
                    assertThat(r.get("from")).isEqualTo("Library");
                    assertThat(r.get("amount")).isEqualTo("4.00");
                    assertThat(r.get("community issue")).isEqualTo("Export issue " + tag);
                });

        long riverMission = missions.create(mission("River mission " + tag, river));
        missions.create(mission("Museum mission " + tag, museum));
        assertThat(csv(
                        out -> missions.export(new MissionFilter(null, null, river, null), out),
                        MissionService.EXPORT_HEADER))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("id")).isEqualTo(String.valueOf(riverMission));
                    assertThat(r.get("statement")).isEqualTo("River mission " + tag);
                    assertThat(r.get("signatories")).isEqualTo("Rivière Conservancy " + tag);
                });

        schedule.create(series("River check-in " + tag, river));
        LocalDate monthStart = LocalDate.now(CHICAGO).withDayOfMonth(1);
        List<CSVRecord> checkIns = csv(
                        out -> schedule.exportCalendar(
                                monthStart.atStartOfDay(CHICAGO).toInstant(),
                                monthStart.plusMonths(1).atStartOfDay(CHICAGO).toInstant(),
                                new CalendarFilter(PartnerKind.DEI_ORGANIZATION, false),
                                out),
                        ScheduleService.CALENDAR_EXPORT_HEADER)
                .stream()
                .filter(r -> r.get("series").endsWith(tag))
                .toList();
        assertThat(checkIns).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("series")).isEqualTo("River check-in " + tag);
            assertThat(r.get("start")).isEqualTo("10:00");
            assertThat(LocalDate.parse(r.get("date"))).hasMonth(monthStart.getMonth());
        });
        assertThat(csv(
                        out -> schedule.exportCalendar(
                                monthStart.atStartOfDay(CHICAGO).toInstant(),
                                monthStart.plusMonths(1).atStartOfDay(CHICAGO).toInstant(),
                                new CalendarFilter(PartnerKind.GOVERNMENT, false),
                                out),
                        ScheduleService.CALENDAR_EXPORT_HEADER))
                .noneMatch(r -> r.get("series").endsWith(tag));
    }

    @Test
    void a_partner_user_exports_nothing_of_the_library_lists() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "export.partner", "n/a", List.of(new SimpleGrantedAuthority("ROLE_PARTNER"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> interactions.export(InteractionFilter.all(), out))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.export(PartnerFilter.all(), out)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.exportContacts(PartnerFilter.all(), out))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.export(CommitmentFilter.none(), out))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.export(MissionFilter.all(), out)).isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).as("not even a header is written").isZero();
    }

    // ---- helpers

    interface Export {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    /** The export as a spreadsheet reads it: starts with a UTF-8 BOM, then the header and the records. */
    static List<CSVRecord> csv(Export export, List<String> header) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", header) + "\r\n");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    private long partner(String name, PartnerKind kind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setStatus(PartnerStatus.ACTIVE);
        return partners.create(form, false);
    }

    private InteractionForm meeting(long partner, LocalDate date, String notes) {
        InteractionForm form = new InteractionForm();
        form.setKind(InteractionKind.MEETING);
        form.setDate(date);
        form.setTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setPartnerIds(Set.of(partner));
        form.setIssueIds(Set.of(issue));
        form.setNotes(notes);
        return form;
    }

    private InteractionForm call(long partner, LocalDate date, String notes) {
        InteractionForm form = meeting(partner, date, notes);
        form.setKind(InteractionKind.CALL);
        return form;
    }

    private void commitment(long partner, CommitmentDirection direction, String description) {
        CommitmentForm form = CommitmentForm.startingOn(LocalDate.now(CHICAGO).minusMonths(1));
        form.setPartnerId(partner);
        form.setDirection(direction);
        form.setKind(CommitmentKind.STAFF_TIME);
        form.setDescription(description);
        form.setAmount(BigDecimal.valueOf(4));
        form.setUnit(CommitmentUnit.HOURS_PER_MONTH);
        form.setCommunityIssueId(issue);
        form.setInitialStatus(CommitmentStatus.ACTIVE);
        commitments.create(form);
    }

    private MissionForm mission(String statement, long signatory) {
        MissionForm form = new MissionForm();
        form.setStatement(statement);
        form.setIssueId(issue);
        form.setOwnerId(owner);
        form.setSignatoryPartnerIds(Set.of(signatory));
        return form;
    }

    private SeriesForm series(String title, long partner) {
        var form = new SeriesForm();
        form.setTitle(title);
        form.setPartnerIds(Set.of(partner));
        form.setOrganizerId(owner);
        form.setStaffIds(Set.of(owner));
        form.setStartDate(LocalDate.now(CHICAGO).withDayOfMonth(1).minusMonths(2));
        form.setStartTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setDurationMinutes(60);
        form.setRepeat(Repeat.DAILY);
        form.setEnding(Ending.NEVER);
        form.setReminderHours(24);
        return form;
    }
}
