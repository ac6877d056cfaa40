package org.commonground.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.FollowUpDraft;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The full backup, round trip: records written through the services (partners with contacts, interactions with
 * follow-ups and audit history, commitments, users) are exported, restored into a new, empty instance (a second
 * database migrated by Flyway, as a first start does), and a backup of that instance equals the first, table by
 * table, row by row. On H2 and PostgreSQL.
 */
@DataTest
@WithMockUser(username = "backup.admin", roles = "ADMIN")
class BackupRoundTripDataTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    BackupService backups;

    @Autowired
    PartnerService partners;

    @Autowired
    InteractionService interactions;

    @Autowired
    CommitmentService commitments;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    UserAccountService accounts;

    @Autowired
    DataSource dataSource;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_backup_restored_into_an_empty_instance_holds_everything_and_backs_up_the_same() throws Exception {
        long partner = partner("Rivière Conservancy, \"quoted\" " + tag);
        ContactForm contact = new ContactForm();
        contact.setFullName("Zoë Ångström " + tag);
        contact.setTitle("=not a formula");
        partners.addContact(partner, contact);
        long issue = issues.create(CommunityIssueForm.of("Backup issue " + tag, null, IssuePriority.HIGH));
        long owner = accounts.createAccount(
                        "backup.owner." + tag, "Backup Owner", Role.STAFF, "long enough secret", null, false)
                .id();
        InteractionForm meeting = new InteractionForm();
        meeting.setKind(InteractionKind.MEETING);
        meeting.setDate(LocalDate.of(2026, 3, 10));
        meeting.setTime(LocalTime.of(10, 0));
        meeting.setTimeZone(CHICAGO);
        meeting.setPartnerIds(Set.of(partner));
        meeting.setIssueIds(Set.of(issue));
        meeting.setStaffIds(Set.of(owner));
        meeting.setNotes("Line one\nline two, with a comma and \\N in it");
        meeting.setFollowUps(List.of(FollowUpDraft.of("Send the map", owner, LocalDate.of(2026, 3, 17))));
        long interaction = interactions.log(meeting);
        CommitmentForm commitment = CommitmentForm.startingOn(LocalDate.of(2026, 1, 1));
        commitment.setPartnerId(partner);
        commitment.setDirection(CommitmentDirection.LIBRARY_TO_PARTNER);
        commitment.setKind(CommitmentKind.FUNDING);
        commitment.setDescription("Grant " + tag);
        commitment.setAmount(new BigDecimal("1234.50"));
        commitment.setUnit(CommitmentUnit.DOLLARS);
        commitment.setInitialStatus(CommitmentStatus.ACTIVE);
        commitments.create(commitment);

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        backups.export(first);
        Map<String, String> original = tables(first.toByteArray());
        assertThat(original)
                .containsKeys(
                        "tables/partner.csv",
                        "tables/contact.csv",
                        "tables/interaction.csv",
                        "tables/interaction_partner.csv",
                        "tables/follow_up.csv",
                        "tables/commitment.csv",
                        "tables/user_account.csv",
                        "tables/partner_aud.csv",
                        "tables/audit_revision.csv")
                .doesNotContainKeys("tables/flyway_schema_history.csv", "tables/shedlock.csv");
        assertThat(original.get("tables/contact.csv"))
                .as("exact values, no spreadsheet neutralizing")
                .contains("=not a formula")
                .doesNotContain("'=not a formula");
        assertThat(original.get("tables/interaction.csv"))
                .contains("\"Line one\nline two, with a comma and \\N in it\"");

        DataSource fresh = TestDatabase.anotherEmptyDatabase();
        Flyway.configure()
                .dataSource(fresh)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = fresh.getConnection()) {
            connection.setAutoCommit(false);
            var restored = BackupArchive.restore(
                    connection, backups.schemaVersion(), new ByteArrayInputStream(first.toByteArray()));
            connection.commit();
            assertThat(restored.rows()).containsKey("interaction");
            assertThat(restored.rows().get("partner")).isPositive();

            ByteArrayOutputStream second = new ByteArrayOutputStream();
            BackupArchive.write(connection, backups.schemaVersion(), Instant.now(), second);
            assertThat(tables(second.toByteArray())).isEqualTo(original);

            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("select notes from interaction where id = " + interaction)) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Line one\nline two, with a comma and \\N in it");
            }
            long maxPartner = single(connection, "select max(id) from partner");
            String next = connection.getMetaData().getDatabaseProductName().contains("H2")
                    ? "select next value for partner_seq"
                    : "select nextval('partner_seq')";
            assertThat(single(connection, next))
                    .as("new partners get ids past the restored ones")
                    .isGreaterThan(maxPartner + 49);
        }
    }

    @Test
    void an_instance_that_holds_records_is_not_overwritten() {
        partner("Keeps its data " + tag);
        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        backups.export(backup);
        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(backup.toByteArray())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only into an empty instance");
        assertThat(partners.search(PartnerFilter.byName("Keeps its data " + tag), PageRequest.of(0, 5)))
                .hasSize(1);
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_with_a_reason() {
        assertThatThrownBy(() ->
                        backups.restore(new ByteArrayInputStream("name,kind\nA,B\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a Common Ground backup");
    }

    @Test
    @WithMockUser(username = "backup.staff", roles = "STAFF")
    void only_administrators_back_up() {
        assertThatThrownBy(() -> backups.export(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    /** The archive's table files (the manifest differs only by its date). */
    private static Map<String, String> tables(byte[] zip) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.getName().equals(BackupArchive.MANIFEST)) {
                    files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long partner(String name) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(PartnerKind.DEI_ORGANIZATION);
        form.setStatus(PartnerStatus.ACTIVE);
        return partners.create(form, false);
    }
}
