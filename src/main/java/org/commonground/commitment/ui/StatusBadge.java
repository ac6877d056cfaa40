package org.commonground.commitment.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.commonground.commitment.CommitmentStatus;

/** A commitment's status as a small labelled badge (the colour repeats the word, never replaces it). */
public final class StatusBadge {

    private StatusBadge() {}

    public static Span of(CommitmentStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("status-badge", status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
