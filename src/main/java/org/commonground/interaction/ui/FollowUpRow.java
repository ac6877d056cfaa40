package org.commonground.interaction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.commonground.interaction.FollowUpDraft;
import org.commonground.security.StaffMember;

/** One follow-up in the log form: what, who, by when. */
class FollowUpRow extends Div {

    final TextField description = new TextField("Follow-up");
    final ComboBox<StaffMember> owner = new ComboBox<>("Owner");
    final DatePicker dueDate = new DatePicker("Due");
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Long id;
    private final Long version;

    FollowUpRow(FollowUpDraft draft, List<StaffMember> staff) {
        addClassName("follow-up-row");
        id = draft.id();
        version = draft.version();
        description.setMaxLength(FollowUpDraft.DESCRIPTION_MAX);
        description.setPlaceholder("What needs to be done");
        description.setValue(draft.description() == null ? "" : draft.description());
        description.setWidth("20rem");
        owner.setItems(staff);
        owner.setItemLabelGenerator(StaffMember::displayName);
        owner.setValue(staff.stream()
                .filter(s -> draft.ownerId() != null && s.id() == draft.ownerId())
                .findFirst()
                .orElse(null));
        dueDate.setValue(draft.dueDate());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove this follow-up");
        remove.setTooltipText("Remove this follow-up");
        add(description, owner, dueDate, remove);
    }

    FollowUpDraft draft() {
        LocalDate due = dueDate.getValue();
        return new FollowUpDraft(
                id,
                description.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                due,
                version);
    }

    void clearErrors() {
        description.setInvalid(false);
        owner.setInvalid(false);
        dueDate.setInvalid(false);
    }
}
