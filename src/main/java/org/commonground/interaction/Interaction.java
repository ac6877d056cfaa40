package org.commonground.interaction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonground.shared.AuditedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A meeting, call, event, review… with one or more partners. People and topics are held as ids
 * of other features' records (partners, contacts, staff, community issues).
 */
@Entity
@Audited
public class Interaction extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InteractionKind kind;

    /** The instant it happened, with the zone it was logged in, so it reads as the local wall-clock time. */
    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String timeZone;

    /** The local date it happened on, in its own zone: the rubric counts evidence by date. Derived from the above. */
    @NotAudited
    @Column(nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Initiator initiatedBy;

    @Column(length = InteractionForm.NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean sharedWithPartners;

    @ElementCollection
    @CollectionTable(name = "interaction_partner", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "partner_id", nullable = false)
    private Set<Long> partnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interaction_contact", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "contact_id", nullable = false)
    private Set<Long> contactIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interaction_staff", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> staffIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interaction_issue", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "issue_id", nullable = false)
    private Set<Long> issueIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interaction_theme", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "theme", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection
    @CollectionTable(name = "interaction_mission", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "mission_id", nullable = false)
    private Set<Long> missionIds = new HashSet<>();

    /** The notes' words for the search index (see SearchTerms); derived, so not in the history. */
    @ElementCollection
    @CollectionTable(name = "interaction_term", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "term", nullable = false, length = SearchTerms.MAX_LENGTH)
    @NotAudited
    private Set<String> searchTerms = new HashSet<>();

    @OneToMany(mappedBy = "interaction", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<FollowUp> followUps = new ArrayList<>();

    protected Interaction() {}

    static Interaction from(InteractionForm form) {
        Interaction interaction = new Interaction();
        interaction.apply(form);
        return interaction;
    }

    /** Copies everything but the follow-ups, which the service reconciles one by one. */
    void apply(InteractionForm form) {
        kind = form.getKind();
        timeZone = form.getTimeZone().getId();
        occurredAt = form.occurredAt().toInstant();
        occurredOn = form.occurredAt().toLocalDate();
        initiatedBy = form.getInitiatedBy();
        notes = form.getNotes() == null || form.getNotes().isBlank()
                ? null
                : form.getNotes().strip();
        sharedWithPartners = form.isSharedWithPartners();
        replace(partnerIds, form.getPartnerIds());
        replace(contactIds, form.getContactIds());
        replace(staffIds, form.getStaffIds());
        replace(issueIds, form.getIssueIds());
        replace(themes, form.getThemes());
        replace(missionIds, form.getMissionIds());
        replace(searchTerms, SearchTerms.of(notes));
    }

    /**
     * The notes' index words, taken out of the entity so an import writes them itself in one JDBC batch (half a
     * million rows for 50,000 interactions); only for a new interaction that is detached once flushed.
     */
    Set<String> takeSearchTerms() {
        Set<String> terms = new HashSet<>(searchTerms);
        searchTerms.clear();
        return terms;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public InteractionKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime localTime() {
        return occurredAt.atZone(getZone());
    }

    public Initiator getInitiatedBy() {
        return initiatedBy;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public Set<Long> getStaffIds() {
        return staffIds;
    }

    public Set<Long> getIssueIds() {
        return issueIds;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    /** The shared missions this interaction served (ids of the mission feature's records). */
    public Set<Long> getMissionIds() {
        return missionIds;
    }

    public List<FollowUp> getFollowUps() {
        return followUps;
    }
}
