package org.commonground.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An evaluation measure as a user enters it. */
public class MeasureForm {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 40;

    @NotBlank(message = "Name the measure, for example “Households with a heat plan”.")
    @Size(max = NAME_MAX, message = "The name can be at most 200 characters.")
    private String name;

    @NotBlank(message = "Enter the unit, for example “households”, “%” or “sensors”.")
    @Size(max = UNIT_MAX, message = "The unit can be at most 40 characters.")
    private String unit;

    @NotNull(message = "Say whether higher or lower is better.")
    private Direction direction = Direction.HIGHER;

    @NotNull(message = "Enter the target value.")
    private BigDecimal targetValue;

    @NotNull(message = "Enter the date the target should be reached by.")
    private LocalDate targetDate;

    private long version;

    public static MeasureForm of(
            String name, String unit, Direction direction, BigDecimal target, LocalDate targetDate) {
        MeasureForm form = new MeasureForm();
        form.name = name;
        form.unit = unit;
        form.direction = direction;
        form.targetValue = target;
        form.targetDate = targetDate;
        return form;
    }

    static MeasureForm of(EvaluationMeasure measure) {
        MeasureForm form = of(
                measure.getName(),
                measure.getUnit(),
                measure.getDirection(),
                measure.getTargetValue(),
                measure.getTargetDate());
        form.version = measure.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
