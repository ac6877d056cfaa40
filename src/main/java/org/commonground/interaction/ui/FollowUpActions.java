package org.commonground.interaction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.commonground.interaction.FollowUpItem;
import org.commonground.interaction.InteractionService;
import org.commonground.security.StaffMember;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/** Mark done, reopen and reassign, with the same messages wherever follow-ups are listed. */
class FollowUpActions {

    private final InteractionService interactions;

    FollowUpActions(InteractionService interactions) {
        this.interactions = interactions;
    }

    void markDone(FollowUpItem item, Runnable after) {
        run(() -> interactions.markDone(item.id(), item.version()), "Marked done: " + item.description(), after);
    }

    void reopen(FollowUpItem item, Runnable after) {
        run(() -> interactions.reopen(item.id(), item.version()), "Reopened: " + item.description(), after);
    }

    void reassign(FollowUpItem item, List<StaffMember> staff, Runnable after) {
        Dialog dialog = new Dialog("Reassign “" + item.description() + "”");
        ComboBox<StaffMember> owner = new ComboBox<>("New owner");
        owner.setItems(staff);
        owner.setItemLabelGenerator(StaffMember::displayName);
        owner.setValue(staff.stream()
                .filter(s -> item.ownerId() != null && s.id() == item.ownerId())
                .findFirst()
                .orElse(null));
        Button save = new Button("Reassign", e -> {
            if (owner.getValue() == null) {
                owner.setErrorMessage("Choose who will do it.");
                owner.setInvalid(true);
                return;
            }
            dialog.close();
            run(
                    () -> interactions.reassign(item.id(), owner.getValue().id(), item.version()),
                    "Reassigned to " + owner.getValue().displayName() + ".",
                    after);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(owner);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        owner.focus();
    }

    private static void run(Runnable action, String done, Runnable after) {
        try {
            action.run();
            Feedback.saved(done);
        } catch (StaleRecordException | RecordNotFoundException | InvalidInputException e) {
            Feedback.error(e.getMessage());
        }
        after.run();
    }
}
