package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders through a real SMTP server (GreenMail): sent once per occurrence and invitee even when two
 * instances run at the same moment, never for a cancelled occurrence; the scheduler lock admits one instance.
 */
@DataTest
@WithMockUser(username = "reminder.tester", roles = "DIRECTOR")
class RemindersDataTest {

    @Autowired
    MutableClock scheduleClock;

    @BeforeEach
    void stopTheClockAtScheduleNow() {
        scheduleClock.set(ScheduleClock.NOW);
    }

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectProvider<JavaMailSender> sender;

    @Autowired
    Clock clock;

    @Autowired
    LockProvider locks;

    ScheduleFixtures fx;
    long city;
    long director;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fx = new ScheduleFixtures(partners, accounts);
        city = fx.partner("City of Remindville", PartnerKind.GOVERNMENT);
        director = fx.staff("Rita Remind");
        jdbc.update(
                "update user_account set email = ? where id = ?", "rita." + fx.tag + "@library.example.org", director);
    }

    /** Weekly on Tuesdays at 10:00 Chicago from June 16, 2026: the first is 22 hours after the test's "now". */
    SeriesForm tuesdays(String title, long contact) {
        SeriesForm form = ScheduleFixtures.secondTuesday(title, city, director);
        form.setStartDate(LocalDate.of(2026, 6, 16));
        form.setStartTime(LocalTime.of(10, 0));
        form.setRepeat(Repeat.WEEKLY);
        form.setWeekdays(Set.of(DayOfWeek.TUESDAY));
        form.setContactIds(Set.of(contact));
        form.setReminderHours(24);
        return form;
    }

    Reminders instance() {
        return new Reminders(
                schedule,
                partners,
                accounts,
                jdbc,
                new ReminderMailer(sender, new ReminderProperties(true, null, "check-ins@library.example.org")),
                clock);
    }

    @Test
    void two_instances_at_once_send_each_invitee_one_reminder_and_a_rerun_sends_none() throws Exception {
        long mayor = fx.contact(city, "Mo Mayor", "mo." + fx.tag + "@city.example.gov");
        schedule.create(tuesdays("Weekly city call " + fx.tag, mayor));

        Reminders first = instance();
        Reminders second = instance();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> runAfter(together, first));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> runAfter(together, second));
        assertThat(a.get() + b.get()).isEqualTo(2);
        assertThat(instance().sendDue()).as("a later run").isZero();

        List<String> to = recipientsOf("Weekly city call " + fx.tag);
        assertThat(to)
                .containsExactlyInAnyOrder(
                        "rita." + fx.tag + "@library.example.org", "mo." + fx.tag + "@city.example.gov");
        MimeMessage message = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).contains(fx.tag))
                .findFirst()
                .orElseThrow();
        assertThat(subject(message)).isEqualTo("Reminder: Weekly city call " + fx.tag + ", Tuesday, June 16 at 10:00");
    }

    @Test
    void a_cancelled_occurrence_gets_no_reminder() throws Exception {
        long mayor = fx.contact(city, "Mo Mayor", "mo." + fx.tag + "@city.example.gov");
        long id = schedule.create(tuesdays("Cancelled call " + fx.tag, mayor));
        schedule.mark(
                id, LocalDateTime.of(2026, 6, 16, 10, 0), OccurrenceStatus.CANCELLED, Set.of(), Set.of(), null, -1);
        instance().sendDue();
        assertThat(recipientsOf("Cancelled call " + fx.tag)).isEmpty();
    }

    @Test
    void the_scheduler_lock_admits_one_instance_at_a_time() {
        LockConfiguration config =
                new LockConfiguration(Instant.now(), "test-lock-" + fx.tag, Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> held = locks.lock(config);
        assertThat(held).isPresent();
        assertThat(locks.lock(config)).as("a second instance").isEmpty();
        held.get().unlock();
        assertThat(locks.lock(config)).isPresent();
    }

    private static int runAfter(CyclicBarrier barrier, Reminders reminders) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.sendDue();
    }

    private List<String> recipientsOf(String title) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).contains(title))
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
