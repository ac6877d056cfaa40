package org.commonground.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Someone who must change their password cannot do anything else first. */
@ViewTest
class ForcedPasswordChangeTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "newcomer", roles = "STAFF")
    void every_page_leads_to_the_password_change_until_it_is_done() {
        accounts.createAccount("newcomer", "New Comer", Role.STAFF, "temporary secret", null, true);
        UI.getCurrent().navigate("partners");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        test(view.current).setValue("temporary secret");
        test(view.newPassword).setValue("my own long passphrase");
        test(view.repeated).setValue("my own long passphrase");
        test(view.save).click();

        UI.getCurrent().navigate("partners");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
