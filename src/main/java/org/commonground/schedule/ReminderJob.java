package org.commonground.schedule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the reminders every few minutes, on one instance at a time (ShedLock on the JDBC table {@code shedlock}). */
@Component
@ConditionalOnProperty(name = "commonground.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${commonground.reminders.every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "check-in-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void run() {
        reminders.sendDue();
    }
}
