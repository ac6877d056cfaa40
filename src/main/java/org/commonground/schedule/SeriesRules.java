package org.commonground.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.shared.InvalidInputException;

/** The rules of a series form that need no database, each failure named by its field. */
final class SeriesRules {

    static final int PREVIEW = 6;

    private SeriesRules() {}

    /** Problems with the schedule part of the form (dates, rule), by field; empty when it works out. */
    static Map<String, String> scheduleProblems(SeriesForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.getStartDate() == null) {
            problems.put("startDate", "Enter the date of the first meeting.");
        }
        if (form.getStartTime() == null) {
            problems.put("startTime", "Enter the start time.");
        }
        if (form.getTimeZone() == null) {
            problems.put("timeZone", "Choose a time zone.");
        }
        if (form.usesAdvancedRule()) {
            return problems;
        }
        if (form.getRepeat() == null) {
            problems.put("repeat", "Choose how the series repeats.");
            return problems;
        }
        if (form.getInterval() == null || form.getInterval() < 1 || form.getInterval() > Recurrence.MAX_INTERVAL) {
            problems.put("interval", "Enter how often it repeats: every 1 to 99.");
        }
        switch (form.getRepeat()) {
            case WEEKLY -> {
                if (form.getWeekdays().isEmpty()) {
                    problems.put("weekdays", "Choose at least one weekday.");
                }
            }
            case MONTHLY_ON_DAY -> {
                if (form.getMonthDay() == null || form.getMonthDay() < 1 || form.getMonthDay() > 31) {
                    problems.put("monthDay", "Choose a day from 1 to 31.");
                }
            }
            case MONTHLY_ON_WEEKDAY -> {
                if (form.getWeekday() == null) {
                    problems.put("weekday", "Choose the weekday.");
                }
                Integer n = form.getWeekOrdinal();
                if (n == null || !(n == -1 || (n >= 1 && n <= 5))) {
                    problems.put("weekOrdinal", "Choose first, second, third, fourth, fifth or last.");
                }
            }
            default -> {}
        }
        if (form.getEnding() == Ending.ON_DATE) {
            if (form.getUntilDate() == null) {
                problems.put("untilDate", "Enter the date of the last meeting, or choose another ending.");
            } else if (form.getStartDate() != null && form.getUntilDate().isBefore(form.getStartDate())) {
                problems.put("untilDate", "The series would end before its first meeting. Choose a later date.");
            }
        }
        if (form.getEnding() == Ending.AFTER_COUNT
                && (form.getCount() == null || form.getCount() < 1 || form.getCount() > Recurrence.MAX_COUNT)) {
            problems.put("count", "Enter how many times, from 1 to 1,000.");
        }
        return problems;
    }

    /** Works the form's schedule out, or throws naming each field that stops it. */
    static SeriesPlan plan(SeriesForm form, Clock clock) {
        Map<String, String> problems = scheduleProblems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ZonedDateTime chosen = ZonedDateTime.of(form.getStartDate(), form.getStartTime(), form.getTimeZone());
        Recurrence recurrence;
        try {
            recurrence = form.usesAdvancedRule()
                    ? Recurrence.parse(form.getAdvancedRule(), form.getTimeZone())
                    : Recurrence.of(form.choice(), chosen);
        } catch (InvalidInputException e) {
            String field = form.usesAdvancedRule() ? "advancedRule" : "repeat";
            throw InvalidInputException.of(
                    field, String.join(" ", e.fieldMessages().values()));
        }
        Optional<ZonedDateTime> first = recurrence.firstFrom(chosen, chosen.toInstant());
        if (first.isEmpty()) {
            throw InvalidInputException.of(
                    form.usesAdvancedRule() ? "advancedRule" : "repeat",
                    "This rule gives no date on or after the start date. Check the weekday, day or end.");
        }
        ZonedDateTime start = first.get();
        Duration length = Duration.ofMinutes(form.getDurationMinutes() == null ? 60 : form.getDurationMinutes());
        Instant endsAt = recurrence
                .last(start)
                .map(last -> last.plus(length).toInstant())
                .orElse(null);
        Instant now = clock.instant();
        List<ZonedDateTime> next = recurrence.between(
                start,
                now.isAfter(start.toInstant()) ? now : start.toInstant(),
                start.plusYears(200).toInstant(),
                PREVIEW);
        return new SeriesPlan(start, recurrence, endsAt, Sentence.of(recurrence, start), next);
    }

    static Map<String, String> otherProblems(SeriesForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String link = form.getVideoLink() == null ? "" : form.getVideoLink().strip();
        if (!link.isEmpty() && !(link.startsWith("https://") || link.startsWith("http://"))) {
            problems.put("videoLink", "A video link starts with https:// (copy it from the meeting invitation).");
        }
        return problems;
    }
}
