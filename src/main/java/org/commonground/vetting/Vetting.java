package org.commonground.vetting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonground.shared.AuditedEntity;
import org.hibernate.envers.Audited;

/**
 * One dated vetting of a partner: who vetted it, when, and an answer for each criterion asked then.
 * Never changed once recorded; a newer vetting of the same partner supersedes it.
 */
@Entity
@Audited
public class Vetting extends AuditedEntity {

    /** The partner (another feature's record, by id). */
    @Column(nullable = false, updatable = false)
    private Long partnerId;

    /** Server time when it was recorded (or the date of a vetting done before, for imports). */
    @Column(nullable = false, updatable = false)
    private Instant vettedAt;

    /** The library person who vetted (user id). */
    @Column(nullable = false, updatable = false)
    private Long vetterId;

    @OneToMany(mappedBy = "vetting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("displayOrder, id")
    private List<VettingAnswer> answers = new ArrayList<>();

    protected Vetting() {}

    Vetting(long partnerId, Instant vettedAt, long vetterId) {
        this.partnerId = partnerId;
        this.vettedAt = vettedAt;
        this.vetterId = vetterId;
    }

    void answer(VettingCriterion criterion, Verdict verdict, String note) {
        answers.add(new VettingAnswer(this, criterion, verdict, note));
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Instant getVettedAt() {
        return vettedAt;
    }

    public Long getVetterId() {
        return vetterId;
    }

    public List<VettingAnswer> getAnswers() {
        return answers;
    }
}
