package org.commonground.app;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.commonground.interaction.ui.InteractionDialogs;
import org.commonground.security.CurrentUser;
import org.commonground.security.Role;
import org.commonground.security.ui.ApiTokensView;
import org.commonground.security.ui.ChangePasswordView;
import org.commonground.shared.ui.UserZone;

/**
 * The frame around every signed-in page: the side navigation lists only the views the user's
 * role may open (Vaadin filters menu entries by the views' access annotations), then who is
 * signed in and a sign-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, InteractionDialogs dialogs) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        pageTitle.addClassName("app-page-title");
        addToNavbar(toggle, pageTitle);
        if (!currentUser.hasRole(Role.PARTNER)) {
            // Outreach staff log meetings from any page: a button, and Alt+L anywhere.
            Button log = new Button("Log interaction", new Icon(VaadinIcon.PLUS_CIRCLE), e -> dialogs.logNew(null));
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.addClassName("log-interaction-button");
            log.setTooltipText("Alt+L");
            log.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
            addToNavbar(log);
        }

        Span appName = new Span("Common Ground");
        appName.addClassName("app-title");
        Div brand = new Div(appName);
        brand.getStyle().set("padding", "var(--lumo-space-m)");

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        boolean partner = currentUser.hasRole(Role.PARTNER);
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !(partner && "/".equals(normalize(entry.path()))))
                .forEach(entry -> nav.addItem(item(entry)));
        Scroller scroller = new Scroller(nav);

        Span name = new Span(currentUser.displayName());
        name.addClassName("user-name");
        Span role = new Span(currentUser.account().map(a -> a.role().label()).orElse(""));
        role.addClassName("role");
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        RouterLink password = new RouterLink("Change password", ChangePasswordView.class);
        password.addClassName("change-password-link");
        RouterLink apiTokens = new RouterLink("API tokens", ApiTokensView.class);
        apiTokens.addClassName("change-password-link");
        Div user = new Div(name, role, password, apiTokens, signOut);
        user.addClassName("app-user");

        addToDrawer(brand, scroller, user);
    }

    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private static String normalize(String path) {
        return path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UserZone.learn(attachEvent.getUI());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
