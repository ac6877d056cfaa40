package org.commonground.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.IssuePriority;
import org.commonground.history.HistoryEntry;
import org.commonground.partner.ContactForm;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerSummary;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@DataTest
@WithMockUser(
        username = "interaction.tester",
        roles = {"STAFF", "DIRECTOR"})
class InteractionServiceDataTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    InteractionService interactions;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    @Autowired
    CommunityIssueService issues;

    String tag;
    long water;
    long museum;
    long engineer;
    long me;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        if (accounts.staffById().values().stream()
                .noneMatch(s -> s.displayName().equals("Interaction Tester"))) {
            accounts.createAccount(
                    "interaction.tester", "Interaction Tester", Role.STAFF, "long enough secret", null, false);
        }
        me = accounts.staffById().values().stream()
                .filter(s -> s.displayName().equals("Interaction Tester"))
                .findFirst()
                .orElseThrow()
                .id();
        water = partners.create(partner("Water Utility " + tag, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY), false);
        museum = partners.create(partner("Science Museum " + tag, PartnerKind.SCIENCE_LEADER, null), false);
        ContactForm contact = new ContactForm();
        contact.setFullName("Grace Engineer " + tag);
        engineer = partners.addContact(water, contact);
    }

    @Test
    void a_logged_meeting_is_read_back_whole_and_counts_as_the_partners_last_contact() {
        long issue = issues.create(CommunityIssueForm.of("Lead pipes " + tag, null, IssuePriority.HIGH));
        InteractionForm form = meeting(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0));
        form.setContactIds(Set.of(engineer));
        form.setStaffIds(Set.of(me));
        form.setIssueIds(Set.of(issue));
        form.setThemes(Set.of(Theme.RACIAL_EQUITY));
        form.setNotes("Talked about lead service line replacement in Millbrook.");
        form.setFollowUps(List.of(FollowUpDraft.of("Send the reading list", me, LocalDate.of(2026, 3, 17))));

        long id = interactions.log(form);
        InteractionDetails details = interactions.get(id);

        assertThat(details.kind()).isEqualTo(InteractionKind.MEETING);
        assertThat(details.at().toLocalDateTime()).isEqualTo("2026-03-10T10:00");
        assertThat(details.at().getZone()).isEqualTo(CHICAGO);
        assertThat(details.partners()).extracting(Named::name).containsExactly("Water Utility " + tag);
        assertThat(details.contacts()).extracting(Named::name).containsExactly("Grace Engineer " + tag);
        assertThat(details.staff()).extracting(Named::name).containsExactly("Interaction Tester");
        assertThat(details.topics()).extracting(Topic::label).containsExactly("Lead pipes " + tag, "Racial equity");
        assertThat(details.followUps()).singleElement().satisfies(f -> {
            assertThat(f.description()).isEqualTo("Send the reading list");
            assertThat(f.owner()).isEqualTo("Interaction Tester");
        });
        PartnerSummary row = partners.search(PartnerFilter.byName("Water Utility " + tag), PageRequest.of(0, 5))
                .getFirst();
        assertThat(row.lastContactAt()).isEqualTo(details.at().toInstant());
        assertThat(partners.get(water).version())
                .as("a derived figure is not an edit of the partner")
                .isZero();
    }

    @Test
    void local_wall_clock_time_is_kept_across_daylight_saving() {
        long winter = interactions.log(meeting(LocalDate.of(2026, 1, 13), LocalTime.of(10, 0)));
        long summer = interactions.log(meeting(LocalDate.of(2026, 7, 14), LocalTime.of(10, 0)));
        assertThat(interactions.get(winter).at().toLocalTime()).isEqualTo("10:00");
        assertThat(interactions.get(summer).at().toLocalTime()).isEqualTo("10:00");
        assertThat(interactions.get(winter).at().getOffset())
                .isNotEqualTo(interactions.get(summer).at().getOffset());
    }

    @Test
    void an_interaction_needs_a_partner_and_cannot_be_far_in_the_future_unless_it_is_an_event() {
        InteractionForm none = meeting(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        none.setPartnerIds(Set.of());
        assertThatThrownBy(() -> interactions.log(none))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsEntry("partnerIds", "Choose at least one partner."));

        InteractionForm future = meeting(LocalDate.now(CHICAGO).plusDays(3), LocalTime.of(9, 0));
        assertThatThrownBy(() -> interactions.log(future))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("date")).contains("Only events can be logged ahead"));

        future.setKind(InteractionKind.EVENT);
        long id = interactions.log(future);
        assertThat(interactions.get(id).kind()).isEqualTo(InteractionKind.EVENT);
        assertThat(partners.get(water).lastContactAt())
                .as("a planned event is not yet contact")
                .isNull();
    }

    @Test
    void notes_over_20000_characters_and_contacts_of_other_partners_are_refused_and_nothing_is_saved() {
        long before = interactions.count(InteractionFilter.all());
        InteractionForm longNotes = meeting(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        longNotes.setNotes("x".repeat(20_001));
        assertThatThrownBy(() -> interactions.log(longNotes))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("notes", "Notes can be at most 20,000 characters."));

        InteractionForm wrongContact = meeting(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        wrongContact.setPartnerIds(Set.of(museum));
        wrongContact.setContactIds(Set.of(engineer));
        assertThatThrownBy(() -> interactions.log(wrongContact))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("contactIds"))
                                .isEqualTo("Grace Engineer " + tag + " does not work at any of the chosen partners. "
                                        + "Add their organization or remove them."));
        assertThat(interactions.count(InteractionFilter.all())).isEqualTo(before);
    }

    @Test
    void a_follow_up_cannot_be_due_before_the_interaction() {
        InteractionForm form = meeting(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        form.setFollowUps(List.of(
                FollowUpDraft.of("Call back", me, LocalDate.of(2026, 3, 9)), FollowUpDraft.of(" ", null, null)));
        assertThatThrownBy(() -> interactions.log(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldMessages().get("followUps[0].dueDate")).startsWith("This is before the interaction");
            assertThat(e.fieldMessages()).containsEntry("followUps[1].description", "Say what needs to be done.");
            assertThat(e.fieldMessages()).containsEntry("followUps[1].ownerId", "Choose who will do it.");
        });
    }

    @Test
    void a_stale_edit_is_refused_and_an_edit_is_in_the_history() {
        long id = interactions.log(meeting(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0)));
        InteractionForm first = interactions.formFor(id);
        InteractionForm second = interactions.formFor(id);
        first.setNotes("Agreed to co-host a heat safety fair.");
        first.setPartnerIds(Set.of(water, museum));
        interactions.update(id, first);

        second.setNotes("Something else");
        assertThatThrownBy(() -> interactions.update(id, second)).isInstanceOf(StaleRecordException.class);

        List<HistoryEntry> history = interactions.history(id);
        assertThat(history.getFirst().kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
        assertThat(history.getFirst().by()).isEqualTo("interaction.tester");
        assertThat(history.getFirst().changes())
                .extracting(HistoryEntry.FieldChange::field)
                .containsExactly("Partners", "Notes");
        assertThat(partners.get(museum).lastContactAt()).isNotNull();
    }

    @Test
    void deleting_is_refused_for_a_stale_version_recorded_in_history_and_updates_last_contact() {
        long id = interactions.log(meeting(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0)));
        long version = interactions.get(id).version();
        assertThat(partners.get(water).lastContactAt()).isNotNull();

        interactions.delete(id, version);

        assertThat(interactions.count(new InteractionFilter(null, null, null, water, null, null, null, null)))
                .isZero();
        assertThat(partners.get(water).lastContactAt()).isNull();
        assertThat(interactions.history(id))
                .first()
                .extracting(HistoryEntry::kind)
                .isEqualTo(HistoryEntry.Kind.DELETED);
    }

    @Test
    void the_timeline_and_the_list_filter_by_partner_kind_topic_and_text() {
        InteractionForm review = meeting(LocalDate.of(2025, 11, 1), LocalTime.of(14, 0));
        review.setKind(InteractionKind.REVIEW);
        review.setThemes(Set.of(Theme.STRATEGIC_PLANNING));
        review.setNotes("Reviewed the FLOODING " + tag + " plan");
        long reviewId = interactions.log(review);
        long callId = interactions.log(call(LocalDate.of(2025, 12, 1)));
        InteractionForm museumMeeting = meeting(LocalDate.of(2025, 12, 5), LocalTime.of(9, 0));
        museumMeeting.setPartnerIds(Set.of(museum));
        interactions.log(museumMeeting);

        assertThat(interactions.timeline(water, null, null, PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(callId, reviewId);
        assertThat(interactions.timeline(water, InteractionKind.REVIEW, null, PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(reviewId);
        assertThat(interactions.timeline(water, null, Topic.theme(Theme.STRATEGIC_PLANNING), PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(reviewId);

        assertThat(interactions.count(new InteractionFilter(null, null, null, water, null, null, null, null)))
                .isEqualTo(2);
        assertThat(interactions.search(
                        InteractionFilter.all().withText("reviewed " + tag + " flood"), PageRequest.of(0, 10)))
                .as("several words, one index row each")
                .extracting(InteractionSummary::id)
                .containsExactly(reviewId);
        assertThat(interactions.count(InteractionFilter.all().withText("plan " + tag)))
                .isEqualTo(1);
        InteractionFilter text = InteractionFilter.all().withText("flooding " + tag);
        assertThat(interactions.search(text, PageRequest.of(0, 10)))
                .extracting(InteractionSummary::id)
                .containsExactly(reviewId);
        assertThat(interactions.search(InteractionFilter.all().withText("flood " + tag), PageRequest.of(0, 10)))
                .as("a word's beginning finds it")
                .extracting(InteractionSummary::id)
                .containsExactly(reviewId);
        assertThat(interactions.search(
                        InteractionFilter.all().withText("flooding nothing" + tag), PageRequest.of(0, 10)))
                .as("every word must match")
                .isEmpty();
        InteractionFilter science = new InteractionFilter(
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 31),
                PartnerKind.SCIENCE_LEADER,
                null,
                null,
                null,
                null,
                null);
        assertThat(interactions.search(science, PageRequest.of(0, 50)))
                .allSatisfy(s -> assertThat(s.at().toLocalDate())
                        .isBetween(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)))
                .anySatisfy(s -> assertThat(s.partners()).contains("Science Museum " + tag));
        assertThat(interactions.search(science, PageRequest.of(0, 50)))
                .noneSatisfy(s -> assertThat(s.partners()).containsExactly("Water Utility " + tag));
    }

    @Test
    void follow_ups_are_listed_overdue_first_marked_done_and_reassigned() {
        InteractionForm form = meeting(LocalDate.of(2026, 1, 5), LocalTime.of(9, 0));
        LocalDate today = LocalDate.now(CHICAGO);
        form.setFollowUps(List.of(
                FollowUpDraft.of("Overdue " + tag, me, LocalDate.of(2026, 1, 6)),
                FollowUpDraft.of("Later " + tag, me, today.plusDays(30))));
        interactions.log(form);

        List<FollowUpItem> mine = interactions.myOpenFollowUps().stream()
                .filter(f -> f.description().endsWith(tag))
                .toList();
        assertThat(mine).extracting(FollowUpItem::description).containsExactly("Overdue " + tag, "Later " + tag);
        assertThat(mine.getFirst().overdue()).isTrue();
        assertThat(mine.get(1).overdue()).isFalse();

        FollowUpItem overdue = mine.getFirst();
        interactions.markDone(overdue.id(), overdue.version());
        assertThatThrownBy(() -> interactions.markDone(overdue.id(), overdue.version()))
                .isInstanceOf(StaleRecordException.class);

        long colleague = accounts.createAccount(
                        "colleague." + tag, "Colleague " + tag, Role.STAFF, "long enough secret", null, false)
                .id();
        FollowUpItem later = mine.get(1);
        interactions.reassign(later.id(), colleague, later.version());
        assertThat(interactions.myOpenFollowUps())
                .noneMatch(f -> f.description().endsWith(tag));
        assertThat(interactions.allOpenFollowUps()).anySatisfy(f -> {
            assertThat(f.description()).isEqualTo("Later " + tag);
            assertThat(f.owner()).isEqualTo("Colleague " + tag);
        });
    }

    private InteractionForm meeting(LocalDate date, LocalTime time) {
        InteractionForm form = new InteractionForm();
        form.setKind(InteractionKind.MEETING);
        form.setDate(date);
        form.setTime(time);
        form.setTimeZone(CHICAGO);
        form.setPartnerIds(Set.of(water));
        return form;
    }

    private InteractionForm call(LocalDate date) {
        InteractionForm form = meeting(date, LocalTime.of(11, 30));
        form.setKind(InteractionKind.CALL);
        form.setInitiatedBy(Initiator.PARTNER);
        return form;
    }

    private static PartnerForm partner(String name, PartnerKind kind, GovernmentKind governmentKind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setGovernmentKind(governmentKind);
        return form;
    }
}
