package org.commonground.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.commonground.security.TemporaryPassword;
import org.commonground.shared.ui.CopyField;

/** Shows a temporary password once, with a copy button: it is not stored anywhere in clear. */
class TemporaryPasswordDialog extends Dialog {

    final CopyField password;

    TemporaryPasswordDialog(TemporaryPassword temporary, String who) {
        setHeaderTitle("Temporary password for " + who);
        password = new CopyField("Temporary password", temporary.password());
        password.setId("temporary-password");
        add(
                new Paragraph("Give it to " + who + " (user name “" + temporary.username() + "”) in person or by "
                        + "phone. At their next sign-in they must choose their own password."),
                new Paragraph("It is shown only now."),
                password);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("30rem");
        setMaxWidth("100%");
    }
}
