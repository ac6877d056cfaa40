package org.commonground.schedule;

/**
 * How consistently a series met over a past period: held ÷ scheduled, where scheduled counts every
 * occurrence of the period, cancelled ones included.
 */
public record Adherence(int months, int scheduled, int held, int cancelled, int missed, int unmarked) {

    /** Held as a whole percentage of scheduled; null when nothing was scheduled. */
    public Integer percent() {
        return scheduled == 0 ? null : (int) Math.round(100.0 * held / scheduled);
    }

    public String label() {
        if (scheduled == 0) {
            return "Last " + months + " months: nothing scheduled yet";
        }
        return "Last " + months + " months: held " + held + " of " + scheduled + " (" + percent() + " %)"
                + (cancelled + missed + unmarked == 0
                        ? ""
                        : " — " + cancelled + " cancelled, " + missed + " missed, " + unmarked + " not marked");
    }
}
