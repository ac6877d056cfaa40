package org.commonground.mission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A dated value of a measure as staff enter it. */
public class MeasurementForm {

    public static final int NOTE_MAX = 500;

    @NotNull(message = "Enter the date of the measurement.")
    private LocalDate date;

    @NotNull(message = "Enter the measured value.")
    private BigDecimal value;

    @Size(max = NOTE_MAX, message = "A note can be at most 500 characters.")
    private String note;

    private long version;

    public static MeasurementForm of(LocalDate date, BigDecimal value, String note) {
        MeasurementForm form = new MeasurementForm();
        form.date = date;
        form.value = value;
        form.note = note;
        return form;
    }

    static MeasurementForm of(Measurement measurement) {
        MeasurementForm form = of(measurement.getDate(), measurement.getValue(), measurement.getNote());
        form.version = measurement.getVersion();
        return form;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
