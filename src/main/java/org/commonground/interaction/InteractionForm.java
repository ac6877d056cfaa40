package org.commonground.interaction;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a user enters when logging or editing an interaction. */
public class InteractionForm {

    public static final int NOTES_MAX = 20_000;

    @NotNull(message = "Choose what kind of interaction this was.")
    private InteractionKind kind = InteractionKind.MEETING;

    @NotNull(message = "Enter the date.")
    private LocalDate date;

    @NotNull(message = "Enter the time.")
    private LocalTime time;

    @NotNull(message = "Choose a time zone.")
    private ZoneId timeZone;

    @NotNull(message = "Say who initiated it.")
    private Initiator initiatedBy = Initiator.LIBRARY;

    @NotEmpty(message = "Choose at least one partner.")
    private Set<Long> partnerIds = new HashSet<>();

    private Set<Long> contactIds = new HashSet<>();

    private Set<Long> staffIds = new HashSet<>();

    private Set<Long> issueIds = new HashSet<>();

    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    /** Shared missions the interaction served; optional. */
    private Set<Long> missionIds = new HashSet<>();

    @Size(max = NOTES_MAX, message = "Notes can be at most 20,000 characters.")
    private String notes;

    private boolean sharedWithPartners;

    private List<FollowUpDraft> followUps = new ArrayList<>();

    private long version;

    /** A new interaction happening now, in the given zone, with the signed-in person present. */
    public static InteractionForm now(ZonedDateTime now, Long me) {
        InteractionForm form = new InteractionForm();
        form.date = now.toLocalDate();
        form.time = now.toLocalTime().withSecond(0).withNano(0);
        form.timeZone = now.getZone();
        if (me != null) {
            form.staffIds.add(me);
        }
        return form;
    }

    static InteractionForm of(Interaction interaction) {
        InteractionForm form = new InteractionForm();
        ZonedDateTime local = interaction.localTime();
        form.kind = interaction.getKind();
        form.date = local.toLocalDate();
        form.time = local.toLocalTime();
        form.timeZone = local.getZone();
        form.initiatedBy = interaction.getInitiatedBy();
        form.partnerIds = new HashSet<>(interaction.getPartnerIds());
        form.contactIds = new HashSet<>(interaction.getContactIds());
        form.staffIds = new HashSet<>(interaction.getStaffIds());
        form.issueIds = new HashSet<>(interaction.getIssueIds());
        form.themes = interaction.getThemes().isEmpty()
                ? EnumSet.noneOf(Theme.class)
                : EnumSet.copyOf(interaction.getThemes());
        form.missionIds = new HashSet<>(interaction.getMissionIds());
        form.notes = interaction.getNotes();
        form.sharedWithPartners = interaction.isSharedWithPartners();
        form.followUps = new ArrayList<>(interaction.getFollowUps().stream()
                .map(f -> new FollowUpDraft(
                        f.getId(), f.getDescription(), f.getOwnerId(), f.getDueDate(), f.getVersion()))
                .toList());
        form.version = interaction.getVersion();
        return form;
    }

    /** The wall-clock date and time in its zone; daylight-saving gaps resolve forward, as clocks do. */
    public ZonedDateTime occurredAt() {
        return ZonedDateTime.of(date, time, timeZone);
    }

    public InteractionKind getKind() {
        return kind;
    }

    public void setKind(InteractionKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Initiator getInitiatedBy() {
        return initiatedBy;
    }

    public void setInitiatedBy(Initiator initiatedBy) {
        this.initiatedBy = initiatedBy;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds = partnerIds == null ? new HashSet<>() : new HashSet<>(partnerIds);
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(Set<Long> contactIds) {
        this.contactIds = contactIds == null ? new HashSet<>() : new HashSet<>(contactIds);
    }

    public Set<Long> getStaffIds() {
        return staffIds;
    }

    public void setStaffIds(Set<Long> staffIds) {
        this.staffIds = staffIds == null ? new HashSet<>() : new HashSet<>(staffIds);
    }

    public Set<Long> getIssueIds() {
        return issueIds;
    }

    public void setIssueIds(Set<Long> issueIds) {
        this.issueIds = issueIds == null ? new HashSet<>() : new HashSet<>(issueIds);
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes = themes == null || themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }

    public Set<Long> getMissionIds() {
        return missionIds;
    }

    public void setMissionIds(Set<Long> missionIds) {
        this.missionIds = missionIds == null ? new HashSet<>() : new HashSet<>(missionIds);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isSharedWithPartners() {
        return sharedWithPartners;
    }

    public void setSharedWithPartners(boolean sharedWithPartners) {
        this.sharedWithPartners = sharedWithPartners;
    }

    public List<FollowUpDraft> getFollowUps() {
        return followUps;
    }

    public void setFollowUps(List<FollowUpDraft> followUps) {
        this.followUps = followUps == null ? new ArrayList<>() : new ArrayList<>(followUps);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
