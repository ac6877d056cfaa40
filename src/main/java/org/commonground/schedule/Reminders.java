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

    Reminders(ScheduleService schedule, PartnerService partners, UserAccountService accounts, JdbcTemplate jdbc,
            ReminderMailer mailer, Clock clock) {
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
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reminders", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(system);
        try {
            return send(clock.instant());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private int send(Instant now) {
        int sent = 0;
        for (Slot slot : schedule.remindable(now, now.plus(LOOK_AHEAD))) {
            MeetingSeries s = slot.series();
            Instant remindFrom = slot.start().toInstant().minus(Duration.ofHours(s.getReminderHours()));
            if (now.isBefore(remindFrom)) {
                continue;
            }
            for (String to : recipients(s)) {
                if (claim(s.getId(), slot, to, now)) {
                    try {
                        mailer.send(to, "Reminder: " + s.getTitle() + ", " + WHEN.format(slot.start()),
                                text(s, slot));
                        sent++;
                    } catch (RuntimeException e) {
                        release(s.getId(), slot, to);
                        log.warn("Reminder for series {} to {} not sent, will retry: {}", s.getId(), to, e.getMessage());
                    }
                }
            }
        }
        return sent;
    }

    private Set<String> recipients(MeetingSeries s) {
        Set<Long> staff = new HashSet<>(s.getStaffIds());
        staff.add(s.getOrganizerId());
        Set<String> to = new HashSet<>(accounts.emailsOf(staff).values());
        Map<Long, ContactDetails> contacts = partners.contactsById(s.getContactIds());
        contacts.values().stream().map(ContactDetails::email).filter(e -> e != null && !e.isBlank()).forEach(to::add);
        return to;
    }

    /** Takes this reminder for this instance; false when another run or instance already took it. */
    private boolean claim(long seriesId, Slot slot, String to, Instant now) {
        try {
            jdbc.update("insert into reminder_sent (series_id, original_start, recipient, sent_at) values (?, ?, ?, ?)",
                    seriesId, Timestamp.valueOf(slot.original()), to, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void release(long seriesId, Slot slot, String to) {
        jdbc.update("delete from reminder_sent where series_id = ? and original_start = ? and recipient = ?", seriesId,
                Timestamp.valueOf(slot.original()), to);
    }

    private static String text(MeetingSeries s, Slot slot) {
        StringBuilder text = new StringBuilder();
        text.append(s.getTitle()).append('\n').append(WHEN.format(slot.start())).append(" (")
                .append(Sentence.zoneName(slot.start())).append("), ").append(s.getDurationMinutes())
                .append(" minutes\n");
        if (slot.moved()) {
            text.append("Note: this meeting was moved from its usual time.\n");
        }
        if (s.getLocation() != null) {
            text.append("Where: ").append(s.getLocation()).append('\n');
        }
        if (s.getVideoLink() != null) {
            text.append("Join: ").append(s.getVideoLink()).append('\n');
        }
        return text.toString();
    }
}
