package org.commonground.security.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.commonground.security.SignInProperties;
import org.commonground.shared.CommonGroundProperties;

/** Sign-in. The demo accounts are listed only while demo data is on. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Common Ground")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String[][] DEMO_ACCOUNTS = {
        {"director", "Library director: check-ins, the rubric, reports"},
        {"staff", "Outreach staff: partners, meetings, follow-ups"},
        {"partner", "A partner organization's login"},
        {"admin", "Administrator: users, community issues, settings"},
    };

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    private final SignInProperties signIn;

    public LoginView(CommonGroundProperties properties, SignInProperties signIn) {
        this.signIn = signIn;
        addClassName("login-page");
        Div card = new Div();
        card.addClassName("login-card");
        H1 title = new H1("Common Ground");
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(properties.libraryName() + " · partnerships for STEM equity");
        tagline.addClassName("login-tagline");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage("Check your user name and password and try again.");
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        notice.setId("sign-in-notice");
        notice.addClassName("sign-in-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        card.add(title, tagline, notice, login);
        if (properties.demoData()) {
            card.add(demoAccounts());
        }
        add(card);
    }

    private static Div demoAccounts() {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.add(new H2("Demo accounts"), new Paragraph("Every demo account's password is “demo”."));
        UnorderedList list = new UnorderedList();
        for (String[] account : DEMO_ACCOUNTS) {
            Span user = new Span(account[0]);
            user.addClassName("demo-user");
            list.add(new ListItem(user, new Text(" — " + account[1])));
        }
        box.add(list);
        return box;
    }

    /** The sign-in page says why it is shown again: a failure, a lockout, throttling, an ended session. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            login.setError(true);
        } else if (parameters.containsKey("locked")) {
            error(
                    "Account locked",
                    "After " + signIn.maxFailures() + " failed attempts this account is locked for "
                            + signIn.lockout().toMinutes()
                            + " minutes. Wait, then try again, or ask an administrator to "
                            + "reset your password.");
        } else if (parameters.containsKey("throttled")) {
            error(
                    "Too many attempts",
                    "Too many failed sign-ins came from your network. Wait a few minutes and try " + "again.");
        } else if (parameters.containsKey("ended")) {
            show("Your session was ended by an administrator. Sign in again if you still have access.");
        } else if (parameters.containsKey("invited")) {
            show("Your account is ready. Sign in with the user name and password you chose.");
        }
    }

    private void error(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
        login.setError(true);
    }

    private void show(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }
}
