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

    public LoginView(CommonGroundProperties properties) {
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

        card.add(title, tagline, login);
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
