package org.commonground.interaction.ui;

import org.commonground.interaction.InteractionKind;

/** A choice of the timeline's kind filter: one kind of interaction, or another feature's records. */
record TimelineKind(String label, InteractionKind interactionKind, String sourceKind) {

    static TimelineKind of(InteractionKind kind) {
        return new TimelineKind(kind.label(), kind, null);
    }

    static TimelineKind source(String kind) {
        return new TimelineKind(kind, null, kind);
    }
}
