package org.commonground.vetting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;
import org.commonground.vetting.CriterionSummary;
import org.commonground.vetting.Verdict;
import org.commonground.vetting.VettingForm;
import org.commonground.vetting.VettingService;

/**
 * Vetting a partner: one answer (met, not met, not applicable) and an optional note per active
 * criterion; a note is required when a criterion is not met. Saved whole or not at all.
 */
class VetPartnerDialog extends Dialog {

    final Map<Long, RadioButtonGroup<Verdict>> answers = new LinkedHashMap<>();
    final Map<Long, TextArea> notes = new LinkedHashMap<>();
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save vetting");

    private final VettingService vettings;
    private final VettingForm form;
    private final Runnable onSaved;

    VetPartnerDialog(VettingService vettings, long partnerId, String partnerName, Runnable onSaved) {
        this.vettings = vettings;
        this.form = vettings.newForm(partnerId);
        this.onSaved = onSaved;
        setHeaderTitle("Vet " + partnerName);
        setWidth("min(44rem, 95vw)");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        Button cancel = new Button("Cancel", e -> close());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(partnerName));
        getFooter().add(cancel, save);

        if (form.getCriteria().isEmpty()) {
            add(new Paragraph("There are no vetting criteria yet. An administrator defines them under "
                    + "Vetting criteria; then partners can be vetted."));
            save.setEnabled(false);
            return;
        }
        Paragraph intro = new Paragraph("Answer every criterion. A note is required when a criterion is not met. "
                + "The vetting is recorded under your name with today's date and replaces the current one.");
        intro.addClassName("muted");
        add(intro, problem);
        for (CriterionSummary criterion : form.getCriteria()) {
            add(criterionBlock(criterion));
        }
    }

    private Div criterionBlock(CriterionSummary criterion) {
        RadioButtonGroup<Verdict> answer = new RadioButtonGroup<>(criterion.name());
        answer.setItems(Verdict.values());
        answer.setItemLabelGenerator(Verdict::label);
        answer.setRequiredIndicatorVisible(true);
        if (criterion.description() != null) {
            answer.setHelperText(criterion.description());
        }
        TextArea note = new TextArea("Note on “" + criterion.name() + "”");
        note.setMaxLength(VettingForm.NOTE_MAX);
        note.setHelperText("Required when not met");
        note.setWidthFull();
        answer.addValueChangeListener(e -> {
            answer.setInvalid(false);
            note.setRequiredIndicatorVisible(e.getValue() == Verdict.NOT_MET);
            if (e.getValue() != Verdict.NOT_MET) {
                note.setInvalid(false);
            }
        });
        note.addValueChangeListener(e -> note.setInvalid(false));
        answers.put(criterion.id(), answer);
        notes.put(criterion.id(), note);
        Div block = new Div(answer, note);
        block.addClassName("vetting-criterion");
        return block;
    }

    private void save(String partnerName) {
        answers.forEach((id, answer) -> form.setVerdict(id, answer.getValue()));
        notes.forEach((id, note) -> form.setNote(id, note.getValue()));
        problem.setVisible(false);
        try {
            vettings.record(form);
            Feedback.saved("The vetting of " + partnerName + " was saved.");
            close();
            onSaved.run();
        } catch (InvalidInputException ex) {
            Map<String, HasValidation> fields = new HashMap<>();
            answers.forEach((id, answer) -> fields.put(VettingForm.answerField(id), answer));
            notes.forEach((id, note) -> fields.put(VettingForm.noteField(id), note));
            String rest = FieldErrors.show(ex.fieldMessages(), fields);
            long placed = ex.fieldMessages().keySet().stream()
                    .filter(fields::containsKey)
                    .count();
            String summary = placed == 0
                    ? ""
                    : placed == 1 ? "One answer needs your attention. " : placed + " answers need your attention. ";
            problem.setText((summary + rest).strip());
            problem.setVisible(true);
        } catch (StaleRecordException ex) {
            // Keep the answers on screen: the user can copy their notes before vetting again.
            problem.setText(ex.getMessage() + " Your answers were not saved but are still here; copy your notes, "
                    + "then close this dialog and vet again against the current criteria.");
            problem.setVisible(true);
            save.setEnabled(false);
            onSaved.run();
        } catch (RecordNotFoundException ex) {
            Feedback.error(ex.getMessage());
            close();
            onSaved.run();
        }
    }
}
