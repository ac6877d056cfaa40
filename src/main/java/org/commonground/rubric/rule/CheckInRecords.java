package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonground.partner.PartnerKind;
import org.commonground.schedule.CheckInOutcome;
import org.commonground.schedule.ScheduleService;
import org.springframework.stereotype.Component;

/** Where the rubric reads recurring check-ins: the schedule feature's occurrences with their outcome. */
@Component
class CheckInRecords {

    private final ScheduleService schedule;

    CheckInRecords(ScheduleService schedule) {
        this.schedule = schedule;
    }

    /** The occurrences dated in {@code (after, upTo]} of series with a partner of these kinds (any when empty). */
    List<CheckIn> occurrences(LocalDate after, LocalDate upTo, Set<PartnerKind> kinds) {
        return schedule.outcomes(after, upTo, kinds).stream()
                .map(CheckInRecords::checkIn)
                .toList();
    }

    private static CheckIn checkIn(CheckInOutcome o) {
        CheckIn.Outcome outcome = o.status() == null
                ? CheckIn.Outcome.UNMARKED
                : switch (o.status()) {
                    case HELD -> CheckIn.Outcome.HELD;
                    case CANCELLED -> CheckIn.Outcome.CANCELLED;
                    case MISSED -> CheckIn.Outcome.MISSED;
                };
        return new CheckIn(o.seriesId(), o.seriesTitle(), o.partnerIds(), o.day(), outcome);
    }
}
