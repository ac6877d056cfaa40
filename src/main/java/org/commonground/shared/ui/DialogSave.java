package org.commonground.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;

/**
 * How every dialog saves: old messages cleared, the service called, then either "saved" and the dialog closed and
 * what it came from refreshed, or each refusal shown next to its field (what belongs to no field in a
 * notification). When someone else changed or removed the record meanwhile, the dialog stays open with the
 * person's entries in it, so nothing typed is lost; closing it then refreshes what it came from.
 */
public final class DialogSave {

    /** Calls the service; returns the words that confirm the save. Refusals come as the service's exceptions. */
    @FunctionalInterface
    public interface Save {
        String run();
    }

    private DialogSave() {}

    /** @return whether it saved */
    public static boolean save(
            Dialog dialog, Map<String, ? extends HasValidation> fields, Save save, Runnable afterSave) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            String saved = save.run();
            Feedback.saved(saved);
            dialog.close();
            afterSave.run();
            return true;
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e.fieldMessages(), fields);
            if (!rest.isEmpty()) {
                Feedback.error(rest);
            }
            return false;
        } catch (StaleRecordException | RecordNotFoundException e) {
            Feedback.error(e.getMessage() + " Your entries are still in this dialog: copy what you need, then close "
                    + "it and open the record again.");
            dialog.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    afterSave.run();
                }
            });
            return false;
        }
    }
}
