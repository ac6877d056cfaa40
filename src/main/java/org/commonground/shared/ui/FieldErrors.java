package org.commonground.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Puts a service's per-field messages on the form's fields, and focuses the first one. */
public final class FieldErrors {

    private FieldErrors() {}

    /**
     * @return messages that belong to no field on this form (to show elsewhere), joined; empty if none
     */
    public static String show(Map<String, String> messages, Map<String, ? extends HasValidation> fields) {
        StringBuilder unplaced = new StringBuilder();
        boolean focused = false;
        for (Map.Entry<String, String> entry : messages.entrySet()) {
            HasValidation field = fields.get(entry.getKey());
            if (field == null) {
                unplaced.append(entry.getValue()).append(' ');
                continue;
            }
            field.setErrorMessage(entry.getValue());
            field.setInvalid(true);
            if (!focused && field instanceof Focusable<?> focusable && field instanceof Component) {
                focusable.focus();
                focused = true;
            }
        }
        return unplaced.toString().strip();
    }
}
