package org.commonground.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/**
 * A recurring check-in: a local start date and time in a named zone and an RFC 5545 rule, so each
 * occurrence keeps its wall-clock time. Partners, staff and contacts are ids of other features' records.
 * {@code sequenceNo} is iCalendar's SEQUENCE: every change calendar clients must pick up bumps it.
 */
@Entity
@Audited
public class MeetingSeries extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String uid;

    @Column(nullable = false, length = SeriesForm.TITLE_MAX)
    private String title;

    @Column(length = SeriesForm.NOTES_MAX)
    private String notes;

    @Column(length = SeriesForm.LOCATION_MAX)
    private String location;

    @Column(length = SeriesForm.LINK_MAX)
    private String videoLink;

    @Column(nullable = false)
    private Long organizerId;

    @Column(nullable = false, length = 60)
    private String timeZone;

    @Column(nullable = false)
    private LocalDateTime startLocal;

    @Column(nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 500)
    private String rule;

    @Column(nullable = false)
    private int sequenceNo;

    @Column(nullable = false)
    private Instant firstStartAt;

    private Instant endsAt;

    private Integer reminderHours;

    private Long previousSeriesId;

    @ElementCollection
    @CollectionTable(name = "meeting_series_partner", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "partner_id", nullable = false)
    private Set<Long> partnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_series_staff", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> staffIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_series_contact", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "contact_id", nullable = false)
    private Set<Long> contactIds = new HashSet<>();

    /** The parsed rule, kept while the entity is loaded: expansions ask for it often. */
    @Transient
    private Recurrence parsed;

    protected MeetingSeries() {}

    MeetingSeries(String uid) {
        this.uid = uid;
    }

    /** Copies the form; the caller has checked it and worked out the first start and the rule. */
    void apply(SeriesForm form, ZonedDateTime first, Recurrence recurrence, Instant endsAt) {
        title = form.getTitle().strip();
        notes = Texts.clean(form.getNotes());
        location = Texts.clean(form.getLocation());
        videoLink = Texts.clean(form.getVideoLink());
        organizerId = form.getOrganizerId();
        timeZone = first.getZone().getId();
        startLocal = first.toLocalDateTime();
        firstStartAt = first.toInstant();
        durationMinutes = form.getDurationMinutes();
        rule = recurrence.rule();
        this.endsAt = endsAt;
        reminderHours = form.getReminderHours();
        replace(partnerIds, form.getPartnerIds());
        replace(staffIds, form.getStaffIds());
        replace(contactIds, form.getContactIds());
    }

    void bumpSequence() {
        sequenceNo++;
    }

    /** "This and following": the series ends before the split, with a rule that says so. */
    void endWith(Recurrence ending, Instant lastEnd) {
        rule = ending.rule();
        endsAt = lastEnd;
        sequenceNo++;
    }

    void continues(long previousId) {
        previousSeriesId = previousId;
    }

    /** An occurrence moved past the series' last end keeps the series in the periods it now reaches. */
    void reachAtLeast(Instant end) {
        if (endsAt != null && end.isAfter(endsAt)) {
            endsAt = end;
        }
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime start() {
        return startLocal.atZone(zone());
    }

    public Recurrence recurrence() {
        if (parsed == null || !parsed.rule().equals(rule)) {
            parsed = Recurrence.parse(rule, zone());
        }
        return parsed;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public String getNotes() {
        return notes;
    }

    public String getLocation() {
        return location;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDateTime getStartLocal() {
        return startLocal;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getRule() {
        return rule;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public Instant getFirstStartAt() {
        return firstStartAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Integer getReminderHours() {
        return reminderHours;
    }

    public Long getPreviousSeriesId() {
        return previousSeriesId;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public Set<Long> getStaffIds() {
        return staffIds;
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }
}
