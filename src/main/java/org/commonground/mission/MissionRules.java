package org.commonground.mission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.commonground.shared.Formats;

/** The rules of numbers and dates on missions, each failure named by its field. */
final class MissionRules {

    /** No library measure is a trillion of anything: larger numbers are typos. */
    static final BigDecimal LARGEST = new BigDecimal("1000000000000");

    static final int DECIMALS = 4;

    private MissionRules() {}

    static boolean isPercent(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.equals("%") || u.equals("percent") || u.equals("per cent");
    }

    /** Puts a message for an absurd number under the field, if it is one. */
    static void checkNumber(String field, BigDecimal value, String unit, Map<String, String> problems) {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(LARGEST) >= 0) {
            problems.put(field, "This number is too large to be a real figure. Check it for a typo.");
        } else if (value.stripTrailingZeros().scale() > DECIMALS) {
            problems.put(field, "Use at most " + DECIMALS + " decimal places.");
        } else if (isPercent(unit) && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.put(field, "A percentage must be between 0 and 100.");
        }
    }

    /** The adoption date of a mission: known, not in the future, not after its first measurement. */
    static void checkAdoptionDate(
            LocalDate date, LocalDate today, LocalDate firstMeasurement, Map<String, String> problems) {
        if (date == null) {
            problems.put("adoptionDate", "Enter the adoption date.");
        } else if (date.isAfter(today)) {
            problems.put("adoptionDate", "The adoption date cannot be in the future.");
        } else if (firstMeasurement != null && firstMeasurement.isBefore(date)) {
            problems.put(
                    "adoptionDate",
                    "A measurement is dated " + Formats.date(firstMeasurement) + ", before this adoption date. Choose "
                            + Formats.date(firstMeasurement) + " or earlier.");
        }
    }

    /** A measurement date: not before the mission exists, not in the future. */
    static void checkMeasurementDate(
            LocalDate date, SharedMission mission, LocalDate startsOn, LocalDate today, Map<String, String> problems) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            problems.put("date", "This date is in the future. Record a measurement once it has been taken.");
        } else if (date.isBefore(startsOn)) {
            problems.put(
                    "date",
                    mission.getStatus() == MissionStatus.DRAFT
                            ? "This is before the mission was created (" + Formats.date(startsOn)
                                    + "): a draft mission " + "exists from its creation date. Choose "
                                    + Formats.date(startsOn) + " or later."
                            : "This is before the mission was adopted (" + Formats.date(startsOn) + "). Choose "
                                    + Formats.date(startsOn) + " or later.");
        }
    }
}
