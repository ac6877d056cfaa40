package org.commonground.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code commonground.reminders.*}.
 *
 * @param enabled whether the reminder job runs at all (tests turn it off and call it themselves)
 * @param every how often the job looks for check-ins that are due a reminder
 * @param from the sender address of reminder e-mails
 */
@ConfigurationProperties("commonground.reminders")
public record ReminderProperties(Boolean enabled, Duration every, String from) {

    public ReminderProperties {
        enabled = enabled == null || enabled;
        every = every == null ? Duration.ofMinutes(5) : every;
        from = from == null || from.isBlank() ? "check-ins@commonground.invalid" : from;
    }
}
