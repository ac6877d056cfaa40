package org.commonground.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the notes search index, read-only: the index is written through
 * {@link Interaction}'s search terms. Lets the search query the index directly.
 */
@Entity
@Immutable
@Table(name = "interaction_term")
class InteractionTerm {

    @EmbeddedId
    private Key key;

    @Embeddable
    record Key(
            @Column(name = "interaction_id") Long interactionId,
            @Column(name = "term") String term) {}
}
