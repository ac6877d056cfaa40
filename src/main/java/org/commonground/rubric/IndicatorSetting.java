package org.commonground.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.shared.AuditedEntity;

/**
 * An administrator's values for an indicator's parameters, in effect from a moment on. Never changed once saved:
 * a later change is a new row, so an earlier date keeps being scored with what applied then, and the rows are
 * the indicator's tuning history.
 */
@Entity
public class IndicatorSetting extends AuditedEntity {

    @Column(nullable = false, length = 60)
    private String indicatorKey;

    /** "minCount=3;windowMonths=12". */
    @Column(nullable = false, length = 2000)
    private String parameters;

    @Column(nullable = false)
    private Instant effectiveFrom;

    @Column(length = 500)
    private String note;

    protected IndicatorSetting() {}

    IndicatorSetting(String indicatorKey, Map<String, Integer> values, Instant effectiveFrom, String note) {
        this.indicatorKey = indicatorKey;
        this.parameters = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        this.effectiveFrom = effectiveFrom;
        this.note = note;
    }

    public String getIndicatorKey() {
        return indicatorKey;
    }

    public Map<String, Integer> values() {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String pair : parameters.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getNote() {
        return note;
    }
}
