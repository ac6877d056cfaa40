package org.commonground.rubric.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.commonground.rubric.AttestationService;
import org.commonground.rubric.AttestationSummary;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/** Asks why before withdrawing an attestation; it stays on record, no longer counting from today. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button withdraw = new Button("Withdraw attestation");

    WithdrawDialog(AttestationService attestations, AttestationSummary attestation, Runnable afterSave) {
        setHeaderTitle("Withdraw this attestation?");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(
                new Paragraph(
                        "“" + attestation.statement() + "” stops counting from today. It stays on record with your "
                                + "reason, and scores for earlier dates do not change."),
                reason);
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            reason.setInvalid(false);
            try {
                attestations.withdraw(attestation.id(), attestation.version(), reason.getValue());
                Feedback.saved("Attestation withdrawn.");
                close();
                afterSave.run();
            } catch (InvalidInputException ex) {
                String rest = FieldErrors.show(ex.fieldMessages(), Map.of("reason", reason));
                if (!rest.isEmpty()) {
                    Feedback.error(rest);
                }
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
                close();
                afterSave.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), withdraw);
        setWidth("min(32rem, 96vw)");
    }
}
