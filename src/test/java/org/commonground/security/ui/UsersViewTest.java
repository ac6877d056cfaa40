package org.commonground.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import org.commonground.app.NotFoundView;
import org.commonground.security.NewUserForm;
import org.commonground.security.Role;
import org.commonground.security.UserAdministrationService;
import org.commonground.security.UserSummary;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrators' user list: add, reset password, deactivate, without a browser. */
@ViewTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministrationService administration;

    @Test
    @WithUserDetails("admin")
    void the_list_shows_everyone_with_role_and_status_and_adding_a_person_gives_a_temporary_password() {
        UsersView view = navigate(UsersView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(5);
        assertThat(administration.list())
                .extracting(UserSummary::username)
                .contains("admin", "director", "staff", "partner");

        test(view.add).click();
        NewUserDialog dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue("has space");
        test(dialog.save).click();
        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("Enter the person's name.");

        String name = "new.librarian." + UUID.randomUUID().toString().substring(0, 6);
        test(dialog.displayName).setValue("New Librarian");
        test(dialog.username).setValue(name);
        test(dialog.save).click();
        assertThat(dialog.username.isInvalid()).isFalse();

        TemporaryPasswordDialog shown = $(TemporaryPasswordDialog.class).single();
        assertThat(shown.password.field().getValue()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        UserSummary created = administration.list().stream()
                .filter(u -> u.username().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.role()).isEqualTo(Role.STAFF);
        assertThat(created.mustChangePassword()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void deactivating_asks_first_and_the_person_can_be_reactivated() {
        String name = "leaving." + UUID.randomUUID().toString().substring(0, 6);
        NewUserForm form = new NewUserForm();
        form.setDisplayName("Leaving Soon");
        form.setUsername(name);
        form.setRole(Role.STAFF);
        long id = administration.create(form).userId();
        UsersView view = navigate(UsersView.class);

        view.confirmDeactivate(administration.get(id));
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Deactivate Leaving Soon?");
        test(confirm).confirm();
        assertThat(administration.get(id).status()).isEqualTo(UserSummary.Status.DEACTIVATED);

        administration.reactivate(id, administration.get(id).version());
        assertThat(administration.get(id).status()).isEqualTo(UserSummary.Status.ACTIVE);
    }

    @Test
    @WithUserDetails("director")
    void directors_do_not_manage_users() {
        navigate("admin/users", NotFoundView.class);
        navigate("admin/security-log", NotFoundView.class);
    }
}
