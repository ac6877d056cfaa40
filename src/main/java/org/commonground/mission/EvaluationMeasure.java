package org.commonground.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/** How the partners will know the mission is working: a named figure, its unit, target and target date. */
@Entity
@Audited
public class EvaluationMeasure extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false, updatable = false)
    private SharedMission mission;

    @Column(nullable = false, length = MeasureForm.NAME_MAX)
    private String name;

    @Column(nullable = false, length = MeasureForm.UNIT_MAX)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(nullable = false)
    private LocalDate targetDate;

    protected EvaluationMeasure() {}

    EvaluationMeasure(SharedMission mission) {
        this.mission = mission;
    }

    void apply(MeasureForm form) {
        name = Texts.clean(form.getName());
        unit = Texts.clean(form.getUnit());
        direction = form.getDirection();
        targetValue = form.getTargetValue();
        targetDate = form.getTargetDate();
    }

    public SharedMission getMission() {
        return mission;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }
}
