package org.commonground.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.commonground.home.ui.HomeView;
import org.commonground.security.ApiTokenService;
import org.commonground.shared.ui.CopyField;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The API tokens page, as a partner user (any signed-in user has one) meets it. */
@ViewTest
@WithUserDetails("partner")
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_new_token_is_shown_once_to_copy_and_afterwards_only_its_start() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("Dashboard " + tag);
        test(view.create).click();

        CopyField shown = $(CopyField.class).from(view.issued).single();
        String token = shown.field().getValue();
        assertThat(token).startsWith("cg_").hasSizeGreaterThan(40);
        assertThat(shown.field().getLabel()).isEqualTo("Your new token");
        assertThat(view.issued.getElement().getTextRecursively()).contains("shown only this once");
        int row = row(view, "Dashboard " + tag);
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo(token.substring(0, 10) + "…");
        assertThat(test(view.grid).getCellText(row, 4)).isEqualTo("Active");
        assertThat(view.name.getValue()).as("ready for another").isEmpty();

        UI.getCurrent().navigate(HomeView.class);
        ApiTokensView again = navigate(ApiTokensView.class);
        assertThat($(TextField.class).all())
                .as("the token is nowhere on the page any more")
                .noneMatch(f -> token.equals(f.getValue()));
        assertThat(again.issued.getChildren()).isEmpty();
        assertThat(test(again.grid).getCellText(row(again, "Dashboard " + tag), 1))
                .doesNotContain(token);
    }

    @Test
    void revoking_asks_first_and_cancelling_keeps_the_token() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("Script " + tag);
        test(view.create).click();

        test(revoke(view, "Script " + tag)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Revoke “Script " + tag + "”?");
        assertThat(confirm.getElement().getTextRecursively() + textOf(confirm)).contains("cannot be undone");
        test(confirm).cancel();
        assertThat(test(view.grid).getCellText(row(view, "Script " + tag), 4)).isEqualTo("Active");

        test(revoke(view, "Script " + tag)).click();
        test($(ConfirmDialog.class).last()).confirm();
        int row = row(view, "Script " + tag);
        assertThat(test(view.grid).getCellText(row, 4)).startsWith("Revoked ");
        assertThat(test(view.grid).getCellComponent(row, "actions").getChildren())
                .as("no second revoke")
                .isEmpty();
        assertThat(tokens.mine())
                .filteredOn(t -> t.name().equals("Script " + tag))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void a_token_needs_a_name() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("   ");
        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("Name the token");
        assertThat(view.issued.getChildren()).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void each_user_sees_only_their_own_tokens() {
        ApiTokensView view = navigate(ApiTokensView.class);
        for (int i = 0; i < test(view.grid).size(); i++) {
            assertThat(test(view.grid).getCellText(i, 0))
                    .doesNotStartWith("Dashboard ")
                    .doesNotStartWith("Script ");
        }
    }

    private int row(ApiTokensView view, String name) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getCellText(i, 0).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name);
    }

    private Button revoke(ApiTokensView view, String name) {
        Component cell = test(view.grid).getCellComponent(row(view, name), "actions");
        return (Button) cell;
    }

    private static String textOf(ConfirmDialog dialog) {
        return dialog.getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .reduce("", String::concat);
    }
}
