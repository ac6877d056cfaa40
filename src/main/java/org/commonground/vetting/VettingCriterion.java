package org.commonground.vetting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/**
 * Something the library asks of every partner before and while working with it ("mutually beneficial",
 * "shared values on racial equity"). Administrators define, reorder and retire criteria; a criterion
 * that has been used in a vetting is retired, never deleted, so old vettings keep their meaning.
 */
@Entity
@Audited
public class VettingCriterion extends AuditedEntity {

    @Column(nullable = false, length = CriterionForm.NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = CriterionForm.NAME_MAX)
    private String nameKey;

    @Column(length = CriterionForm.DESCRIPTION_MAX)
    private String description;

    /** Where it comes in the vetting form and on the partner page, smallest first. */
    @Column(nullable = false)
    private int displayOrder;

    /** Retired criteria are no longer asked; earlier vettings still show their answers. */
    @Column(nullable = false)
    private boolean retired;

    protected VettingCriterion() {}

    VettingCriterion(CriterionForm form, int displayOrder) {
        apply(form);
        this.displayOrder = displayOrder;
    }

    void apply(CriterionForm form) {
        name = Texts.clean(form.getName());
        description = Texts.clean(form.getDescription());
        deriveNameKey();
    }

    @PrePersist
    @PreUpdate
    void deriveNameKey() {
        nameKey = Texts.key(name);
    }

    void retire() {
        retired = true;
    }

    void restore() {
        retired = false;
    }

    void moveTo(int order) {
        displayOrder = order;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isRetired() {
        return retired;
    }
}
