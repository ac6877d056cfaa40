package org.commonground.interaction.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when an interaction was logged, changed or deleted, so open views can refresh. */
public class InteractionSaved extends ComponentEvent<UI> {

    public InteractionSaved(UI ui) {
        super(ui, false);
    }
}
