package org.commonground.rubric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.interaction.InteractionCriteria;
import org.commonground.interaction.InteractionEvidence;
import org.commonground.mission.MissionEvidence;
import org.springframework.stereotype.Component;

/** The work of a period in a few figures, for the report's highlights. */
@Component
class ReportActivity {

    private final InteractionEvidence interactions;
    private final CommitmentEvidence commitments;
    private final MissionEvidence missions;

    ReportActivity(InteractionEvidence interactions, CommitmentEvidence commitments, MissionEvidence missions) {
        this.interactions = interactions;
        this.commitments = commitments;
        this.missions = missions;
        interactions.track(InteractionCriteria.any());
    }

    /** Sentences for the period {@code [from, to]}; none for kinds of work that did not happen. */
    List<String> of(LocalDate from, LocalDate to) {
        LocalDate after = from.minusDays(1);
        List<String> lines = new ArrayList<>();
        long met = interactions.dailyCounts(InteractionCriteria.any(), after, to).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (met > 0) {
            lines.add(met + (met == 1 ? " interaction" : " interactions") + " with partners logged.");
        }
        long started = commitments.startedBetween(after, to);
        if (started > 0) {
            lines.add(started + (started == 1 ? " commitment" : " commitments") + " began.");
        }
        long adopted = missions.signedBy(Set.of(), false, false, to).stream()
                .filter(m -> m.start().isAfter(after))
                .count();
        if (adopted > 0) {
            lines.add(adopted + (adopted == 1 ? " shared mission" : " shared missions") + " adopted.");
        }
        long measured = missions.measurementDays(Set.of(), after, to).size();
        if (measured > 0) {
            lines.add(measured + (measured == 1 ? " evaluation measure" : " evaluation measures") + " measured.");
        }
        return lines;
    }
}
