package org.commonground.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What a user enters for a meeting series: who, where, when (date, time and zone), how long, and the
 * recurrence as plain controls — or, for advanced users, a pasted RRULE that takes their place.
 */
public class SeriesForm {

    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int LOCATION_MAX = 300;
    public static final int LINK_MAX = 500;

    @NotBlank(message = "Give the series a title, such as “Monthly check-in with the Mayor's office”.")
    @Size(max = TITLE_MAX, message = "A title can be at most 200 characters.")
    private String title;

    @Size(max = NOTES_MAX, message = "Notes can be at most 2,000 characters.")
    private String notes;

    @Size(max = LOCATION_MAX, message = "A location can be at most 300 characters.")
    private String location;

    @Size(max = LINK_MAX, message = "A video link can be at most 500 characters.")
    private String videoLink;

    @NotEmpty(message = "Choose at least one partner.")
    private Set<Long> partnerIds = new HashSet<>();

    @NotNull(message = "Choose who organizes the series.")
    private Long organizerId;

    private Set<Long> staffIds = new HashSet<>();

    private Set<Long> contactIds = new HashSet<>();

    @NotNull(message = "Enter the date of the first meeting.")
    private LocalDate startDate;

    @NotNull(message = "Enter the start time.")
    private LocalTime startTime;

    @NotNull(message = "Choose a time zone.")
    private ZoneId timeZone;

    @NotNull(message = "Enter how long a meeting lasts.")
    @Min(value = 5, message = "A meeting lasts at least 5 minutes.")
    @Max(value = 720, message = "A meeting lasts at most 12 hours (720 minutes).")
    private Integer durationMinutes = 60;

    @NotNull(message = "Choose how the series repeats.")
    private Repeat repeat = Repeat.MONTHLY_ON_WEEKDAY;

    @NotNull(message = "Enter how often it repeats (every 1, 2, 3…).")
    @Min(value = 1, message = "It repeats every 1 or more.")
    @Max(value = Recurrence.MAX_INTERVAL, message = "It repeats at most every 99.")
    private Integer interval = 1;

    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

    @Min(value = 1, message = "Choose a day from 1 to 31.")
    @Max(value = 31, message = "Choose a day from 1 to 31.")
    private Integer monthDay;

    private DayOfWeek weekday;

    /** 1–5, or -1 for the last. */
    private Integer weekOrdinal;

    @NotNull(message = "Choose when the series ends.")
    private Ending ending = Ending.NEVER;

    private LocalDate untilDate;

    @Min(value = 1, message = "It happens at least once.")
    @Max(
            value = Recurrence.MAX_COUNT,
            message = "A series can have at most 1,000 occurrences. End it on a date instead.")
    private Integer count;

    /** A pasted RRULE; when present it replaces the plain controls. */
    @Size(max = 400, message = "A rule can be at most 400 characters.")
    private String advancedRule;

    @Min(value = 1, message = "Remind at least 1 hour before, or choose no reminder.")
    @Max(value = 336, message = "Remind at most 336 hours (two weeks) before.")
    private Integer reminderHours = 24;

    private long version;

    public boolean usesAdvancedRule() {
        return advancedRule != null && !advancedRule.isBlank();
    }

    public RecurrenceChoice choice() {
        return new RecurrenceChoice(
                repeat,
                interval == null ? 1 : interval,
                weekdays,
                monthDay == null ? (startDate == null ? 1 : startDate.getDayOfMonth()) : monthDay,
                weekday == null ? (startDate == null ? DayOfWeek.MONDAY : startDate.getDayOfWeek()) : weekday,
                weekOrdinal == null ? 1 : weekOrdinal,
                ending,
                untilDate,
                count == null ? 0 : count);
    }

    /** Sets the plain controls from a choice. */
    public void setChoice(RecurrenceChoice choice) {
        repeat = choice.repeat();
        interval = choice.interval();
        weekdays = choice.weekdays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(choice.weekdays());
        monthDay = choice.monthDay();
        weekday = choice.weekday();
        weekOrdinal = choice.weekOrdinal();
        ending = choice.ending();
        untilDate = choice.untilDate();
        count = choice.count();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds = new HashSet<>(partnerIds);
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public void setOrganizerId(Long organizerId) {
        this.organizerId = organizerId;
    }

    public Set<Long> getStaffIds() {
        return staffIds;
    }

    public void setStaffIds(Set<Long> staffIds) {
        this.staffIds = new HashSet<>(staffIds);
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(Set<Long> contactIds) {
        this.contactIds = new HashSet<>(contactIds);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(Repeat repeat) {
        this.repeat = repeat;
    }

    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(Set<DayOfWeek> weekdays) {
        this.weekdays = weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
    }

    public Integer getMonthDay() {
        return monthDay;
    }

    public void setMonthDay(Integer monthDay) {
        this.monthDay = monthDay;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public Integer getWeekOrdinal() {
        return weekOrdinal;
    }

    public void setWeekOrdinal(Integer weekOrdinal) {
        this.weekOrdinal = weekOrdinal;
    }

    public Ending getEnding() {
        return ending;
    }

    public void setEnding(Ending ending) {
        this.ending = ending;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }

    public void setUntilDate(LocalDate untilDate) {
        this.untilDate = untilDate;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getAdvancedRule() {
        return advancedRule;
    }

    public void setAdvancedRule(String advancedRule) {
        this.advancedRule = advancedRule;
    }

    public Integer getReminderHours() {
        return reminderHours;
    }

    public void setReminderHours(Integer reminderHours) {
        this.reminderHours = reminderHours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
