package org.commonground.schedule.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.commonground.schedule.ImportedInvitation;
import org.commonground.schedule.ScheduleService;
import org.commonground.shared.InvalidInputException;

/**
 * Upload an invitation (.ics from Outlook, Google…): a readable one opens the series form filled from it,
 * for the user to choose the partners and save; anything else says what is wrong, and nothing is created.
 */
class ImportDialog extends Dialog {

    final Paragraph problem = new Paragraph();
    final Upload upload = new Upload();

    ImportDialog(ScheduleService schedule) {
        setHeaderTitle("Import an invitation");
        Paragraph how = new Paragraph("In Outlook or Google Calendar, save the meeting invitation as an .ics file, "
                + "then upload it here. You choose the partners before anything is saved.");
        problem.setId("import-problem");
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        // The upload handler runs without the session lock: read the file here (the request is signed in),
        // then show the outcome under the lock.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Outcome outcome = read(metadata.fileName(), bytes, schedule);
            upload.getUI().ifPresent(ui -> ui.access(() -> show(outcome)));
        }));
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
        add(how, upload, problem);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(32rem, 96vw)");
    }

    /** What reading a file gave: an invitation, or what is wrong with it. */
    record Outcome(ImportedInvitation invitation, String problem) {}

    static Outcome read(String fileName, byte[] bytes, ScheduleService schedule) {
        try {
            return new Outcome(schedule.readInvitation(bytes), null);
        } catch (InvalidInputException e) {
            return new Outcome(
                    null, fileName + ": " + String.join(" ", e.fieldMessages().values()));
        }
    }

    void show(Outcome outcome) {
        if (outcome.invitation() == null) {
            problem.setText(outcome.problem());
            return;
        }
        UI ui = UI.getCurrent();
        ComponentUtil.setData(ui, ImportedInvitation.class, outcome.invitation());
        close();
        ui.navigate(SeriesEditorView.class);
    }
}
