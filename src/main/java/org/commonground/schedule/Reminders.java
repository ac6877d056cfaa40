package org.commonground.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * E-mails each invitee of an upcoming occurrence its series' number of hours before, never for a
 * cancelled one. "Once" is kept by {@code reminder_sent}: a reminder is claimed by inserting its
 * (series, occurrence, recipient) row before it is sent, so a second instance — or a second run — finds
 * the key taken and sends nothing. The scheduler lock only keeps two instances from doing the same work.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    /** The longest reminder a series may ask for (two weeks): how far ahead each run looks. */
    static final Duration LOOK_AHEAD = Duration.ofHours(336);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' HH:mm", Locale.US);

    private final ScheduleService schedule;
    private final PartnerService partners;
    private final UserAccountService accounts;
    private final JdbcTemplate jdbc;
    private final ReminderMailer mailer;
    private final Clock clock;

    Reminders(
            ScheduleService schedule,
            PartnerService partners,
            UserAccountService accounts,
            JdbcTemplate jdbc,
            ReminderMailer mailer,
            Clock clock) {
        this.schedule = schedule;
        this.partners = partners;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many reminders this call sent. */
    int sendDue() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "reminders", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(system);
        try {
            return send(clock.instant());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private int send(Instant now) {
        int sent = 0;
        for (DueOccurrence due : schedule.remindable(now, now.plus(LOOK_AHEAD))) {
            Instant remindFrom = due.start().toInstant().minus(Duration.ofHours(due.reminderHours()));
            if (now.isBefore(remindFrom)) {
                continue;
            }
            for (String to : recipients(due)) {
                if (claim(due, to, now)) {
                    try {
                        mailer.send(to, "Reminder: " + due.title() + ", " + WHEN.format(due.start()), text(due));
                        sent++;
                    } catch (RuntimeException e) {
                        release(due, to);
                        log.warn(
                                "Reminder for series {} to {} not sent, will retry: {}",
                                due.seriesId(),
                                to,
                                e.getMessage());
                    }
                }
            }
        }
        return sent;
    }

    private Set<String> recipients(DueOccurrence due) {
        Set<String> to = new HashSet<>(accounts.emailsOf(due.staffIds()).values());
        Map<Long, ContactDetails> contacts = partners.contactsById(due.contactIds());
        contacts.values().stream()
                .map(ContactDetails::email)
                .filter(e -> e != null && !e.isBlank())
                .forEach(to::add);
        return to;
    }

    /** Takes this reminder for this instance; false when another run or instance already took it. */
    private boolean claim(DueOccurrence due, String to, Instant now) {
        try {
            jdbc.update(
                    "insert into reminder_sent (series_id, original_start, recipient, sent_at) values (?, ?, ?, ?)",
                    due.seriesId(),
                    Timestamp.valueOf(due.original()),
                    to,
                    Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void release(DueOccurrence due, String to) {
        jdbc.update(
                "delete from reminder_sent where series_id = ? and original_start = ? and recipient = ?",
                due.seriesId(),
                Timestamp.valueOf(due.original()),
                to);
    }

    private static String text(DueOccurrence due) {
        StringBuilder text = new StringBuilder();
        text.append(due.title())
                .append('\n')
                .append(WHEN.format(due.start()))
                .append(" (")
                .append(Sentence.zoneName(due.start()))
                .append("), ")
                .append(due.durationMinutes())
                .append(" minutes\n");
        if (due.moved()) {
            text.append("Note: this meeting was moved from its usual time.\n");
        }
        if (due.location() != null) {
            text.append("Where: ").append(due.location()).append('\n');
        }
        if (due.videoLink() != null) {
            text.append("Join: ").append(due.videoLink()).append('\n');
        }
        return text.toString();
    }
}
