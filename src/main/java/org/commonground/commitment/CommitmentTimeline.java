package org.commonground.commitment;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.commonground.partner.PartnerTimelineSource;
import org.commonground.partner.TimelineEntry;
import org.commonground.shared.CommonGroundProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** A partner's commitments on its timeline, at the day each started. */
@Component
class CommitmentTimeline implements PartnerTimelineSource {

    private static final int MOST = 200;

    private final CommitmentService commitments;
    private final ZoneId zone;

    CommitmentTimeline(CommitmentService commitments, CommonGroundProperties properties) {
        this.commitments = commitments;
        this.zone = properties.timeZone();
    }

    @Override
    public String kind() {
        return "Commitments";
    }

    @Override
    public List<TimelineEntry> entries(long partnerId) {
        return commitments.search(CommitmentFilter.ofPartner(partnerId), PageRequest.of(0, MOST)).stream()
                .map(c -> new TimelineEntry(
                        c.startDate().atStartOfDay(zone),
                        "Commitment",
                        c.description(),
                        c.direction().description() + " · " + c.amountLabel() + " · "
                                + c.status().label(),
                        "commitments/" + c.id(),
                        c.communityIssueId() == null ? Set.of() : Set.of(c.communityIssueId())))
                .toList();
    }
}
