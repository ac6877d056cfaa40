package org.commonground.vetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/**
 * A vetting's answer for one criterion. The criterion's name and place are copied when the vetting is
 * recorded, so renaming or reordering criteria later does not rewrite what was answered then.
 */
@Entity
@Audited
public class VettingAnswer extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vetting_id", nullable = false, updatable = false)
    private Vetting vetting;

    @Column(nullable = false, updatable = false)
    private Long criterionId;

    @Column(nullable = false, updatable = false, length = CriterionForm.NAME_MAX)
    private String criterionName;

    @Column(nullable = false, updatable = false)
    private int displayOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Verdict answer;

    @Column(updatable = false, length = VettingForm.NOTE_MAX)
    private String note;

    protected VettingAnswer() {}

    VettingAnswer(Vetting vetting, VettingCriterion criterion, Verdict answer, String note) {
        this.vetting = vetting;
        this.criterionId = criterion.getId();
        this.criterionName = criterion.getName();
        this.displayOrder = criterion.getDisplayOrder();
        this.answer = answer;
        this.note = Texts.clean(note);
    }

    public Vetting getVetting() {
        return vetting;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public String getCriterionName() {
        return criterionName;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public Verdict getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }
}
