package org.commonground.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import org.commonground.backup.BackupService;
import org.commonground.security.Role;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.ui.UserZone;

/** Administrators: download the full backup in one click; restore one into an empty instance. */
@Route("admin/backup")
@PageTitle("Backup")
@Menu(order = 95, icon = "vaadin:archive", title = "Backup")
@RolesAllowed(Role.ADMIN_ROLE)
public class BackupView extends Main {

    final Anchor download;
    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();

    public BackupView(BackupService backups) {
        addClassName("page");
        download = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName("common-ground-backup-" + UserZone.today() + ".zip");
                    event.setContentType("application/zip");
                    try (OutputStream out = event.getOutputStream()) {
                        backups.export(out);
                    }
                },
                AttachmentType.DOWNLOAD,
                "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create());
        download.add("Download full backup");
        download.setId("download-backup");
        download.addClassName("button-like");
        download.getElement().setAttribute("router-ignore", true);

        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            String message;
            boolean restored = false;
            try (InputStream in = Files.newInputStream(file.toPath())) {
                Map<String, Long> rows = backups.restore(in);
                message = "Restored "
                        + rows.values().stream().mapToLong(Long::longValue).sum() + " rows in " + rows.size()
                        + " tables. Sign in again with an account from the backup.";
                restored = true;
            } catch (InvalidInputException e) {
                message = metadata.fileName() + ": "
                        + String.join(" ", e.fieldMessages().values());
            } finally {
                Files.deleteIfExists(file.toPath());
            }
            String shown = message;
            boolean done = restored;
            upload.getUI().ifPresent(ui -> ui.access(() -> show(shown, done)));
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("Drop a backup (.zip) here"));
        outcome.setId("restore-outcome");
        outcome.getElement().setAttribute("role", "alert");

        add(
                new H1("Backup"),
                new Paragraph("The full backup is one ZIP file: every partner, contact, interaction, commitment, "
                        + "mission, check-in, attestation, setting and user, with the audit history, as CSV files "
                        + "(one per table) and a manifest. It holds password hashes and calendar feed secrets: "
                        + "keep it as safe as the database."),
                download,
                new H2("Restore into this instance"),
                new Paragraph("Only into an empty instance (just installed, with its first administrator only) "
                        + "of the same version. All or nothing: if anything in the file is wrong, nothing changes."),
                upload,
                outcome);
    }

    private void show(String message, boolean restored) {
        outcome.setText(message);
        outcome.setClassName(restored ? "success-text" : "error-text");
    }
}
