package org.commonground.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.commonground.schedule.ScheduleService;
import org.commonground.shared.ui.Feedback;

/**
 * The signed-in person's calendar feed link, to paste into Outlook, Google, Apple Calendar or
 * Thunderbird ("subscribe from URL"), with a copy button and a reset that revokes the old link.
 */
public class FeedLinkPanel extends Div {

    final TextField url = new TextField("Your calendar feed");

    public FeedLinkPanel(ScheduleService schedule) {
        setId("feed-link");
        addClassName("feed-link");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setHelperText("Private to you: anyone with this link sees your check-ins. Subscribe to it from your "
                + "calendar (Outlook, Google, Apple, Thunderbird); it updates on its own.");
        url.setValue(absolute(schedule.myFeedPath()));
        Button copy = new Button("Copy link", VaadinIcon.COPY.create(), e -> {
            url.getElement().executeJs("return navigator.clipboard.writeText($0)", url.getValue());
            Feedback.saved("Feed link copied.");
        });
        Button reset = new Button("Reset link", VaadinIcon.REFRESH.create(), e -> confirmReset(schedule));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div row = new Div(url, copy, reset);
        row.addClassName("inline-with-button");
        add(new H2("Subscribe in your calendar"), row);
    }

    private void confirmReset(ScheduleService schedule) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Reset your feed link?");
        confirm.setText(new Paragraph("The current link stops working at once: calendars subscribed to it stop "
                + "updating until you subscribe again with the new link."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Reset link");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            url.setValue(absolute(schedule.resetMyFeed()));
            Feedback.saved("New feed link made; the old one no longer works.");
        });
        confirm.open();
    }

    /** The link as a calendar client needs it: with this server's scheme, host and port. */
    static String absolute(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        if (request == null) {
            return path;
        }
        var http = request.getHttpServletRequest();
        String port = (http.getScheme().equals("http") && http.getServerPort() == 80)
                        || (http.getScheme().equals("https") && http.getServerPort() == 443)
                ? ""
                : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + path;
    }
}
