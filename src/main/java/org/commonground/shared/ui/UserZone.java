package org.commonground.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.shared.CommonGroundProperties;

/**
 * The time zone of the person's browser, learned once per session, so "now" and the dates they
 * enter mean their wall-clock time. Until it is known (or without a browser) the library's zone.
 */
public final class UserZone {

    private static final String ATTRIBUTE = UserZone.class.getName();

    private UserZone() {}

    public static ZoneId current(ZoneId fallback) {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId known ? known : fallback;
    }

    /**
     * Today for the person in front of the screen: the application's clock (the {@code Clock} bean, which tests
     * move) in their zone, else the library's. For UI code that has no bean injected, such as download names.
     */
    public static LocalDate today() {
        Instantiator beans = VaadinService.getCurrent().getInstantiator();
        Clock clock = beans.getOrCreate(Clock.class);
        ZoneId zone = current(beans.getOrCreate(CommonGroundProperties.class).timeZone());
        return LocalDate.now(clock.withZone(zone));
    }

    /** Asks the browser for its zone; called when the layout is attached. */
    public static void learn(UI ui) {
        if (ui.getSession() == null || ui.getSession().getAttribute(ATTRIBUTE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                if (details.getTimeZoneId() != null) {
                    ui.getSession().setAttribute(ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
                }
            } catch (DateTimeException ignored) {
                // An unknown zone id from the browser: keep the library's zone.
            }
        });
    }
}
