package org.commonground.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/** One dated value of an evaluation measure, entered by library staff. */
@Entity
@Audited
public class Measurement extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private EvaluationMeasure measure;

    @Column(name = "measured_on", nullable = false)
    private LocalDate date;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = MeasurementForm.NOTE_MAX)
    private String note;

    protected Measurement() {}

    Measurement(EvaluationMeasure measure) {
        this.measure = measure;
    }

    void apply(MeasurementForm form) {
        date = form.getDate();
        value = form.getValue();
        note = Texts.clean(form.getNote());
    }

    public EvaluationMeasure getMeasure() {
        return measure;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }
}
