package org.commonground.interaction.ui;

import java.time.ZonedDateTime;
import org.commonground.interaction.InteractionSummary;
import org.commonground.partner.TimelineEntry;

/** A line of the partner timeline: an interaction, or another feature's entry. */
record TimelineRow(ZonedDateTime at, InteractionSummary interaction, TimelineEntry entry) {

    static TimelineRow of(InteractionSummary interaction) {
        return new TimelineRow(interaction.at(), interaction, null);
    }

    static TimelineRow of(TimelineEntry entry) {
        return new TimelineRow(entry.at(), null, entry);
    }
}
