package org.commonground.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.commonground.shared.AuditedEntity;
import org.hibernate.envers.Audited;

/**
 * What is known about one occurrence beyond its rule: it was moved, cancelled, held or missed, who
 * attended, the interaction logged for it. Identified by its series and original local start (its
 * RECURRENCE-ID); occurrences nothing happened to have no row.
 */
@Entity
@Audited
public class Occurrence extends AuditedEntity {

    public static final int NOTE_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id", nullable = false, updatable = false)
    private MeetingSeries series;

    @Column(nullable = false, updatable = false)
    private LocalDateTime originalStart;

    private LocalDateTime movedStart;

    /** Where it starts now (moved or not), for queries by period. */
    @Column(nullable = false)
    private Instant startsAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private OccurrenceStatus status;

    @Column(length = NOTE_MAX)
    private String note;

    private Long interactionId;

    @ElementCollection
    @CollectionTable(name = "occurrence_staff", joinColumns = @JoinColumn(name = "occurrence_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> staffIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "occurrence_contact", joinColumns = @JoinColumn(name = "occurrence_id"))
    @Column(name = "contact_id", nullable = false)
    private Set<Long> contactIds = new HashSet<>();

    protected Occurrence() {}

    Occurrence(MeetingSeries series, LocalDateTime originalStart) {
        this.series = series;
        this.originalStart = originalStart;
        this.startsAt = originalStart.atZone(series.zone()).toInstant();
    }

    void moveTo(LocalDateTime start) {
        movedStart = start == null || start.equals(originalStart) ? null : start;
        startsAt = effectiveStart().atZone(series.zone()).toInstant();
    }

    void mark(OccurrenceStatus status, Set<Long> staff, Set<Long> contacts, String note) {
        this.status = status;
        this.note = note;
        staffIds.retainAll(staff);
        staffIds.addAll(staff);
        contactIds.retainAll(contacts);
        contactIds.addAll(contacts);
    }

    void linkInteraction(Long interactionId) {
        this.interactionId = interactionId;
    }

    public LocalDateTime effectiveStart() {
        return movedStart != null ? movedStart : originalStart;
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public Long seriesId() {
        return series.getId();
    }

    public LocalDateTime getOriginalStart() {
        return originalStart;
    }

    public LocalDateTime getMovedStart() {
        return movedStart;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public OccurrenceStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Long getInteractionId() {
        return interactionId;
    }

    public Set<Long> getStaffIds() {
        return staffIds;
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }
}
