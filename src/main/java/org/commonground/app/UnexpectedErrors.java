package org.commonground.app;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Locale;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something a view did not expect goes wrong: a plain message with a short reference
 * instead of Vaadin's "Internal error", and the same reference in the log beside the whole stack trace, so the
 * library's IT can find the one line a user reads out to them. Refusals a service words for people (a stale
 * edit, bad input, no access, a record that is gone) are shown as they are worded.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Feedback.error(message));
        }
    }

    /** The words for the person; unexpected errors are logged with the reference they are given. */
    String messageFor(Throwable error) {
        Throwable cause = worded(error);
        if (cause instanceof AccessDeniedException) {
            return "You may not do that with your role. Nothing was changed.";
        }
        if (cause != null) {
            return cause.getMessage();
        }
        String reference = reference();
        log.error("Unexpected error, reference {}", reference, error);
        return "Something went wrong and this action may not have finished. Reload the page and try again; if it "
                + "happens again, give your administrator the reference " + reference + ".";
    }

    /** The service's own refusal somewhere in the chain of causes, if any. */
    private static Throwable worded(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StaleRecordException
                    || t instanceof InvalidInputException
                    || t instanceof RecordNotFoundException
                    || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return null;
    }

    private String reference() {
        StringBuilder reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString().toUpperCase(Locale.ROOT);
    }
}
