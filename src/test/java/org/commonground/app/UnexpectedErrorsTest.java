package org.commonground.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.shared.StaleRecordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** The words a person gets for an error no view expected, and the log line IT finds by its reference. */
class UnexpectedErrorsTest {

    final UnexpectedErrors errors = new UnexpectedErrors();
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedErrors.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
    }

    @Test
    void an_unexpected_error_gets_a_reference_that_the_log_line_carries_with_the_stack_trace() {
        String message = errors.messageFor(new IllegalStateException("null pointer somewhere deep"));
        Matcher reference = Pattern.compile("reference ([A-Z2-9]{8})\\.$").matcher(message);
        assertThat(reference.find()).as(message).isTrue();
        assertThat(message).doesNotContain("null pointer");
        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).contains(reference.group(1));
            assertThat(line.getThrowableProxy().getMessage()).isEqualTo("null pointer somewhere deep");
        });
    }

    @Test
    void a_refusal_worded_for_people_is_shown_as_worded_and_not_logged_as_an_error() {
        assertThat(errors.messageFor(new RuntimeException(new StaleRecordException("partner"))))
                .isEqualTo(new StaleRecordException("partner").getMessage());
        assertThat(errors.messageFor(new AccessDeniedException("Access Denied")))
                .isEqualTo("You may not do that with your role. Nothing was changed.");
        assertThat(logged.list).isEmpty();
    }
}
