package org.commonground.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.commonground.shared.AuditedEntity;
import org.hibernate.envers.Audited;

/** Something someone promised to do after an interaction, with an owner and a due date. */
@Entity
@Audited
public class FollowUp extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @Column(nullable = false, length = FollowUpDraft.DESCRIPTION_MAX)
    private String description;

    /** A library person (user id). */
    @Column(nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private LocalDate dueDate;

    private Instant doneAt;

    @Column(length = 60)
    private String doneBy;

    protected FollowUp() {}

    FollowUp(Interaction interaction) {
        this.interaction = interaction;
    }

    void apply(FollowUpDraft draft) {
        description = draft.description().strip();
        ownerId = draft.ownerId();
        dueDate = draft.dueDate();
    }

    void markDone(Instant at, String by) {
        doneAt = at;
        doneBy = by;
    }

    void reopen() {
        doneAt = null;
        doneBy = null;
    }

    void reassign(long newOwnerId) {
        ownerId = newOwnerId;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
