package org.commonground.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/**
 * A value to hand on (an invitation link, a temporary password): shown read-only and selectable, with a
 * button that copies it to the clipboard. If the browser refuses the clipboard the text is still there to
 * select and copy by hand.
 */
public class CopyField extends Div {

    private final TextField field;
    private final Button copy;

    public CopyField(String label, String value) {
        addClassName("copy-field");
        field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        copy = new Button("Copy", VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setAriaLabel("Copy " + label.toLowerCase(Locale.ROOT));
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", value)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Feedback.saved("Copied.");
                    } else {
                        Feedback.error("The browser did not allow copying: select the text and copy it by hand.");
                    }
                }));
        add(field, copy);
    }

    public TextField field() {
        return field;
    }

    public Button copyButton() {
        return copy;
    }
}
