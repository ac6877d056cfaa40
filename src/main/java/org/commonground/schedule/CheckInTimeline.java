package org.commonground.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonground.partner.PartnerTimelineSource;
import org.commonground.partner.TimelineEntry;
import org.springframework.stereotype.Component;

/** A partner's check-ins on its timeline: the last year's occurrences and the next three months'. */
@Component
class CheckInTimeline implements PartnerTimelineSource {

    static final Duration BACK = Duration.ofDays(366);
    static final Duration AHEAD = Duration.ofDays(92);

    private final ScheduleService schedule;
    private final Clock clock;

    CheckInTimeline(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "Check-ins";
    }

    @Override
    public List<TimelineEntry> entries(long partnerId) {
        Instant now = clock.instant();
        List<TimelineEntry> entries = new ArrayList<>();
        for (SeriesSummary series : schedule.ofPartner(partnerId)) {
            for (OccurrenceItem o : schedule.occurrences(series.id(), now.minus(BACK), now.plus(AHEAD))) {
                String state = o.status() != null ? o.status().label() : o.past() ? "Not marked" : "Scheduled";
                entries.add(new TimelineEntry(
                        o.start(),
                        "Check-in",
                        o.seriesTitle(),
                        state + (o.moved() ? " (moved)" : ""),
                        "series/" + o.seriesId(),
                        Set.of()));
            }
        }
        return entries;
    }
}
