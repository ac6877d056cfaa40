package org.commonground.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.commonground.security.ui.ChangePasswordView;
import org.commonground.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * A user whose password must be changed (first administrator, reset password) is sent to the
 * change-password page from wherever they navigate, until they have changed it.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGuard(UserAccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (currentUser.username().isPresent() && accounts.currentUserMustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
