package org.commonground.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.commonground.security.CurrentUser;
import org.commonground.security.SecurityEventKind;
import org.commonground.security.SecurityEvents;
import org.commonground.shared.RecordChanges;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' full backup: every record, user, setting and audit history as one ZIP of CSVs with a
 * manifest ({@link BackupArchive}), and its restore into an empty instance of the same schema version — all or
 * nothing, in one transaction.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BackupService {

    private final DataSource dataSource;
    private final Flyway flyway;
    private final SecurityEvents events;
    private final CurrentUser currentUser;
    private final RecordChanges changes;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writing;
    private final Clock clock;

    BackupService(
            DataSource dataSource,
            Flyway flyway,
            SecurityEvents events,
            CurrentUser currentUser,
            RecordChanges changes,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.events = events;
        this.currentUser = currentUser;
        this.changes = changes;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writing = new TransactionTemplate(transactions);
    }

    /** The schema version this instance runs (the last Flyway migration applied). */
    public String schemaVersion() {
        return flyway.info().current().getVersion().getVersion();
    }

    /** Writes the whole database as a backup archive; one consistent snapshot, streamed table by table. */
    public void export(OutputStream out) {
        events.record(SecurityEventKind.BACKUP_EXPORTED, null, "full backup", null);
        snapshot.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                BackupArchive.write(connection, schemaVersion(), clock.instant(), out);
            } catch (SQLException e) {
                throw new IllegalStateException("The backup could not be read from the database", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /**
     * Restores a backup into this instance, which must be empty (a fresh start: its first administrator and
     * security log are replaced by the backup's). Returns the rows restored per table. Everyone, the
     * administrator restoring included, then signs in with an account from the backup.
     */
    public Map<String, Long> restore(InputStream archive) {
        String by = currentUser.username().orElse("unknown");
        Map<String, Long> rows = writing.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return BackupArchive.restore(connection, schemaVersion(), archive)
                        .rows();
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "The backup could not be written to the database: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        changes.all();
        events.record(
                SecurityEventKind.BACKUP_RESTORED,
                by,
                "full backup",
                rows.values().stream().mapToLong(Long::longValue).sum() + " rows");
        return rows;
    }
}
