package org.commonground.rubric;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Theme;
import org.commonground.mission.Direction;
import org.commonground.mission.MeasureForm;
import org.commonground.mission.MeasurementForm;
import org.commonground.mission.MissionService;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.schedule.Ending;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesForm;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.EmptyDatabase;
import org.commonground.vetting.CriterionForm;
import org.commonground.vetting.Verdict;
import org.commonground.vetting.VettingForm;
import org.commonground.vetting.VettingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds small, hand-written rubric scenarios through the services, as staff would record them, and wipes
 * them between tests (the scenario tests have a database of their own, so counts are exactly what a test
 * wrote). Dates are given as days before "today" in the library's zone.
 */
@Component
class RubricScenario {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    @Autowired
    PartnerService partners;

    @Autowired
    InteractionService interactions;

    @Autowired
    CommitmentService commitments;

    @Autowired
    MissionService missions;

    @Autowired
    CommunityIssueService issues;

    @Autowired
    VettingService vettings;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScheduleService schedule;

    @Autowired
    RubricCache cache;

    long director;
    long staff;

    /** Empties every record table and creates the scenario's people: "tester" (the signed-in user) and a director. */
    void reset() {
        EmptyDatabase.wipe(jdbc);
        cache.clear(); // the rows above went around the services
        staff = accounts.createAccount("tester", "Tess Tester", Role.STAFF, "irrelevant-password", null, false)
                .id();
        director = accounts.createAccount("boss", "Dana Director", Role.DIRECTOR, "irrelevant-password", null, false)
                .id();
    }

    LocalDate today() {
        return LocalDate.now(ZONE);
    }

    LocalDate daysAgo(int days) {
        return today().minusDays(days);
    }

    long partner(String name, PartnerKind kind, GovernmentKind body) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setGovernmentKind(body);
        return partners.create(form, true);
    }

    long partnerWithGoals(String name, PartnerKind kind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setMissionAndGoals("Serves the neighborhood and tracks what changes.");
        return partners.create(form, true);
    }

    long issue(String name, IssuePriority priority) {
        return issues.create(CommunityIssueForm.of(name, null, priority));
    }

    /** Logs an interaction {@code daysAgo} days before today, at 10:00. */
    Interaction interaction(InteractionKind kind, int daysAgo, long... partnerIds) {
        return new Interaction(kind, daysAgo, partnerIds);
    }

    final class Interaction {
        private final InteractionForm form = new InteractionForm();

        Interaction(InteractionKind kind, int days, long... partnerIds) {
            form.setKind(kind);
            form.setDate(daysAgo(days));
            form.setTime(LocalTime.of(10, 0));
            form.setTimeZone(ZONE);
            form.setInitiatedBy(Initiator.PARTNER);
            form.setPartnerIds(Set.copyOf(Arrays.stream(partnerIds).boxed().toList()));
            form.setStaffIds(Set.of(staff));
        }

        Interaction byLibrary() {
            form.setInitiatedBy(Initiator.LIBRARY);
            return this;
        }

        Interaction on(Theme... themes) {
            form.setThemes(themes.length == 0 ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(Arrays.asList(themes)));
            return this;
        }

        Interaction about(long... issueIds) {
            form.setIssueIds(Set.copyOf(Arrays.stream(issueIds).boxed().toList()));
            return this;
        }

        Interaction withDirector() {
            form.setStaffIds(Set.of(staff, director));
            return this;
        }

        long log() {
            return interactions.log(form);
        }
    }

    /** A commitment that became active (and, if asked, closed) with the given dates. */
    long commitment(
            long partnerId,
            CommitmentDirection direction,
            CommitmentKind kind,
            LocalDate start,
            LocalDate end,
            Long issueId,
            CommitmentStatus status) {
        CommitmentForm form = CommitmentForm.startingOn(start);
        form.setPartnerId(partnerId);
        form.setDirection(direction);
        form.setKind(kind);
        form.setDescription(kind.label() + " for the scenario");
        form.setAmount(new BigDecimal("10"));
        form.setUnit(kind.usualUnit());
        form.setEndDate(end);
        form.setCommunityIssueId(issueId);
        form.setInitialStatus(CommitmentStatus.ACTIVE);
        long id = commitments.create(form);
        if (status != CommitmentStatus.ACTIVE) {
            commitments.changeStatus(id, status, commitments.get(id).version());
        }
        return id;
    }

    long commitment(long partnerId, CommitmentDirection direction, CommitmentKind kind, LocalDate start, Long issueId) {
        return commitment(partnerId, direction, kind, start, null, issueId, CommitmentStatus.ACTIVE);
    }

    /** A mission adopted on the given day (or a draft when null), signed by the partners. */
    long mission(long issueId, LocalDate adopted, long... signatories) {
        var form = missions.newForm(null);
        form.setStatement("Together we will make the scenario better, and measure it.");
        form.setIssueId(issueId);
        form.setOwnerId(staff);
        form.setSignatoryPartnerIds(
                Set.copyOf(Arrays.stream(signatories).boxed().toList()));
        long id = missions.create(form);
        if (adopted != null) {
            missions.adopt(id, adopted, missions.get(id).version());
        }
        return id;
    }

    long measure(long missionId, LocalDate... measuredOn) {
        long measure = missions.addMeasure(
                missionId,
                MeasureForm.of(
                        "Households reached",
                        "households",
                        Direction.HIGHER,
                        new BigDecimal("100"),
                        today().plusYears(1)));
        for (LocalDate day : measuredOn) {
            missions.addMeasurement(measure, MeasurementForm.of(day, new BigDecimal("40"), null));
        }
        return measure;
    }

    /** A weekly check-in with the partner, 12 times, the last one a week ago; returns the series and its dates. */
    long weeklyCheckIn(long partnerId, List<LocalDateTime> dates) {
        var form = new SeriesForm();
        LocalDate first = today().minusWeeks(12);
        form.setTitle("Weekly check-in with the city");
        form.setPartnerIds(Set.of(partnerId));
        form.setOrganizerId(director);
        form.setStaffIds(Set.of(director));
        form.setStartDate(first);
        form.setStartTime(LocalTime.of(10, 0));
        form.setTimeZone(ZONE);
        form.setDurationMinutes(60);
        form.setRepeat(Repeat.WEEKLY);
        form.setWeekdays(Set.of(first.getDayOfWeek()));
        form.setEnding(Ending.AFTER_COUNT);
        form.setCount(12);
        form.setReminderHours(24);
        for (int week = 0; week < 12; week++) {
            dates.add(first.plusWeeks(week).atTime(10, 0));
        }
        return schedule.create(form);
    }

    long criterion(String name) {
        return vettings.createCriterion(CriterionForm.of(name, null));
    }

    void vet(long partnerId, Instant when) {
        VettingForm form = vettings.newForm(partnerId);
        form.getCriteria().forEach(c -> form.setVerdict(c.id(), Verdict.MET));
        vettings.recordEarlier(form, when, staff);
    }
}
