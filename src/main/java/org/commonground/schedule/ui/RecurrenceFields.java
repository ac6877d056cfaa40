package org.commonground.schedule.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.schedule.Ending;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.SeriesForm;

/**
 * How a series repeats, with plain controls: daily, weekly on chosen weekdays, monthly on a day or on the
 * n-th (or last) weekday, yearly; every N; ending never, on a date or after N times — and, for advanced
 * users, a pasted RRULE that takes their place. Only the controls that apply are shown.
 */
class RecurrenceFields extends Div {

    static final List<Integer> ORDINALS = List.of(1, 2, 3, 4, 5, -1);

    final Select<Repeat> repeat = new Select<>();
    final IntegerField interval = new IntegerField("Every");
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("On");
    final IntegerField monthDay = new IntegerField("Day of the month");
    final Select<Integer> weekOrdinal = new Select<>();
    final Select<DayOfWeek> weekday = new Select<>();
    final RadioButtonGroup<Ending> ending = new RadioButtonGroup<>("Ends");
    final DatePicker untilDate = new DatePicker("Last meeting on or before");
    final IntegerField count = new IntegerField("Number of meetings");
    final TextField advancedRule = new TextField("RRULE");
    final Details advanced = new Details("Advanced: paste a repeat rule (RRULE)");

    RecurrenceFields(Runnable changed) {
        addClassName("recurrence-fields");
        repeat.setLabel("Repeats");
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(Repeat::label);
        interval.setMin(1);
        interval.setMax(99);
        interval.setStepButtonsVisible(true);
        interval.setWidth("9rem");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.US));
        monthDay.setMin(1);
        monthDay.setMax(31);
        monthDay.setStepButtonsVisible(true);
        monthDay.setHelperText("Months without this day are skipped");
        weekOrdinal.setLabel("Which");
        weekOrdinal.setItems(ORDINALS);
        weekOrdinal.setItemLabelGenerator(RecurrenceFields::ordinal);
        weekOrdinal.setHelperText("A fifth weekday skips months without one");
        weekday.setLabel("Weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.US));
        ending.setItems(Ending.values());
        ending.setItemLabelGenerator(Ending::label);
        count.setMin(1);
        count.setMax(1000);
        count.setStepButtonsVisible(true);
        advancedRule.setPlaceholder("FREQ=MONTHLY;BYDAY=2TU");
        advancedRule.setHelperText("RFC 5545, at most daily. When filled in, it replaces the choices above.");
        advancedRule.setWidthFull();
        advancedRule.setValueChangeMode(ValueChangeMode.LAZY);
        advanced.add(advancedRule);

        Div every = new Div(repeat, interval);
        every.addClassName("field-row");
        Div monthly = new Div(weekOrdinal, weekday);
        monthly.addClassName("field-row");
        Div ends = new Div(ending, untilDate, count);
        ends.addClassName("field-row");
        add(every, weekdays, monthDay, monthly, ends, advanced);

        repeat.addValueChangeListener(e -> {
            showApplicable();
            changed.run();
        });
        ending.addValueChangeListener(e -> {
            showApplicable();
            changed.run();
        });
        interval.addValueChangeListener(e -> changed.run());
        weekdays.addValueChangeListener(e -> changed.run());
        monthDay.addValueChangeListener(e -> changed.run());
        weekOrdinal.addValueChangeListener(e -> changed.run());
        weekday.addValueChangeListener(e -> changed.run());
        untilDate.addValueChangeListener(e -> changed.run());
        count.addValueChangeListener(e -> changed.run());
        advancedRule.addValueChangeListener(e -> {
            showApplicable();
            changed.run();
        });
    }

    void fill(SeriesForm form) {
        repeat.setValue(form.getRepeat());
        interval.setValue(form.getInterval());
        weekdays.setValue(form.getWeekdays());
        monthDay.setValue(form.getMonthDay());
        weekOrdinal.setValue(form.getWeekOrdinal());
        weekday.setValue(form.getWeekday());
        ending.setValue(form.getEnding());
        untilDate.setValue(form.getUntilDate());
        count.setValue(form.getCount());
        advancedRule.setValue(form.getAdvancedRule() == null ? "" : form.getAdvancedRule());
        advanced.setOpened(form.usesAdvancedRule());
        showApplicable();
    }

    /** A new first date: the weekday, day and n-th follow it, as people expect ("second Tuesday" from a Tuesday the 10th). */
    void followDate(LocalDate date) {
        if (date == null) {
            return;
        }
        int n = (date.getDayOfMonth() - 1) / 7 + 1;
        weekday.setValue(date.getDayOfWeek());
        weekOrdinal.setValue(n == 5 ? -1 : n);
        monthDay.setValue(date.getDayOfMonth());
        if (weekdays.getValue().size() <= 1) {
            weekdays.setValue(Set.of(date.getDayOfWeek()));
        }
    }

    void copyTo(SeriesForm form) {
        form.setRepeat(repeat.getValue());
        form.setInterval(interval.getValue());
        form.setWeekdays(weekdays.getValue());
        form.setMonthDay(monthDay.getValue());
        form.setWeekOrdinal(weekOrdinal.getValue());
        form.setWeekday(weekday.getValue());
        form.setEnding(ending.getValue());
        form.setUntilDate(untilDate.getValue());
        form.setCount(count.getValue());
        form.setAdvancedRule(advancedRule.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of(
                "repeat",
                repeat,
                "interval",
                interval,
                "weekdays",
                weekdays,
                "monthDay",
                monthDay,
                "weekOrdinal",
                weekOrdinal,
                "weekday",
                weekday,
                "untilDate",
                untilDate,
                "count",
                count,
                "advancedRule",
                advancedRule);
    }

    private void showApplicable() {
        boolean plain =
                advancedRule.getValue() == null || advancedRule.getValue().isBlank();
        Repeat r = repeat.getValue();
        repeat.setEnabled(plain);
        interval.setVisible(plain);
        interval.setSuffixComponent(new Span(unit(r)));
        weekdays.setVisible(plain && r == Repeat.WEEKLY);
        monthDay.setVisible(plain && r == Repeat.MONTHLY_ON_DAY);
        weekOrdinal.setVisible(plain && r == Repeat.MONTHLY_ON_WEEKDAY);
        weekday.setVisible(plain && r == Repeat.MONTHLY_ON_WEEKDAY);
        ending.setVisible(plain);
        untilDate.setVisible(plain && ending.getValue() == Ending.ON_DATE);
        count.setVisible(plain && ending.getValue() == Ending.AFTER_COUNT);
    }

    private static String unit(Repeat r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case DAILY -> "days";
            case WEEKLY -> "weeks";
            case MONTHLY_ON_DAY, MONTHLY_ON_WEEKDAY -> "months";
            case YEARLY -> "years";
        };
    }

    static String ordinal(Integer n) {
        if (n == null) {
            return "";
        }
        return switch (n) {
            case 1 -> "First";
            case 2 -> "Second";
            case 3 -> "Third";
            case 4 -> "Fourth";
            case 5 -> "Fifth";
            default -> "Last";
        };
    }
}
