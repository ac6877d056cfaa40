package org.commonground.rubric.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.HashMap;
import java.util.Map;
import org.commonground.rubric.AttestationForm;
import org.commonground.rubric.AttestationService;
import org.commonground.rubric.EvidenceFile;
import org.commonground.rubric.IndicatorDefinition;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/** A signed, dated statement for an indicator, with its evidence: text, a link, a file, or several. */
class AttestationDialog extends Dialog {

    final TextArea statement = new TextArea("Statement");
    final TextArea evidenceText = new TextArea("Evidence");
    final TextField evidenceLink = new TextField("Link to the evidence");
    final DatePicker attestedOn = new DatePicker("Date");
    final DatePicker expiresOn = new DatePicker("Expires on");
    final Span fileProblem = new Span();
    final Button save = new Button("Sign and save");
    private EvidenceFile file;

    AttestationDialog(AttestationService attestations, IndicatorDefinition indicator, Runnable afterSave) {
        setHeaderTitle("Attest: " + indicator.shortText());
        AttestationForm form = attestations.newForm(indicator.key());
        statement.setRequired(true);
        statement.setHelperText("What you attest to, in a sentence or two. It is signed with your name.");
        statement.setMaxLength(4000);
        evidenceText.setHelperText("What shows it: a document, a decision, a seat on a board…");
        evidenceText.setMaxLength(4000);
        evidenceLink.setPlaceholder("https://");
        evidenceLink.setMaxLength(500);
        attestedOn.setRequired(true);
        attestedOn.setValue(form.getAttestedOn());
        attestedOn.setMax(form.getAttestedOn());
        expiresOn.setValue(form.getExpiresOn());
        expiresOn.setClearButtonVisible(true);
        expiresOn.setHelperText("It stops counting on this day. Clear it for a statement that does not expire.");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            file = new EvidenceFile(metadata.fileName(), metadata.contentType(), data);
            fileProblem.setText("");
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attestations.maxFileBytes()));
        upload.setAcceptedFileTypes(
                ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt",
                ".pptx", ".odp", ".txt", ".csv");
        upload.addFileRejectedListener(e -> fileProblem.setText(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> file = null);
        upload.getElement().setAttribute("aria-label", "Evidence file");
        fileProblem.addClassName("error-text");
        fileProblem.setId("attestation-file-problem");

        FormLayout layout = new FormLayout(statement, evidenceText, evidenceLink, attestedOn, expiresOn);
        layout.setColspan(statement, 2);
        layout.setColspan(evidenceText, 2);
        layout.setColspan(evidenceLink, 2);
        Paragraph fileLabel = new Paragraph(
                "Evidence file (optional, up to " + (attestations.maxFileBytes() / (1024 * 1024)) + " MB)");
        add(layout, fileLabel, upload, fileProblem);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(attestations, form, afterSave));
        // Ctrl+Enter: Enter makes new lines in the statement and the evidence.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 96vw)");
    }

    private void save(AttestationService attestations, AttestationForm form, Runnable afterSave) {
        form.setStatement(statement.getValue());
        form.setEvidenceText(evidenceText.getValue());
        form.setEvidenceLink(evidenceLink.getValue());
        form.setAttestedOn(attestedOn.getValue());
        form.setExpiresOn(expiresOn.getValue());
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("statement", statement);
        fields.put("evidenceText", evidenceText);
        fields.put("evidenceLink", evidenceLink);
        fields.put("attestedOn", attestedOn);
        fields.put("expiresOn", expiresOn);
        fields.values().forEach(f -> f.setInvalid(false));
        fileProblem.setText("");
        try {
            attestations.attest(form, file);
            Feedback.saved("Attestation saved.");
            close();
            afterSave.run();
        } catch (InvalidInputException ex) {
            Map<String, String> messages = new HashMap<>(ex.fieldMessages());
            String fileMessage = messages.remove("file");
            if (fileMessage != null) {
                fileProblem.setText(fileMessage);
            }
            String rest = FieldErrors.show(messages, fields);
            if (!rest.isEmpty()) {
                Feedback.error(rest);
            }
        }
    }
}
