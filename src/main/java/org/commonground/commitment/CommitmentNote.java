package org.commonground.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.commonground.shared.AuditedEntity;
import org.hibernate.envers.Audited;

/** A dated note on how a commitment is going; who wrote it and when come from the audit columns. */
@Entity
@Audited
public class CommitmentNote extends AuditedEntity {

    static final int TEXT_MAX = CommitmentForm.NOTE_MAX;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected CommitmentNote() {}

    CommitmentNote(Commitment commitment, String text) {
        this.commitment = commitment;
        this.text = text;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public String getText() {
        return text;
    }
}
