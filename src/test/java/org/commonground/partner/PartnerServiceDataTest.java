package org.commonground.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@DataTest
@WithMockUser(username = "sam", roles = "STAFF")
class PartnerServiceDataTest {

    @Autowired
    PartnerService partners;

    /** Each test works with its own names: the database is shared by the tests of one run. */
    String tag;

    @BeforeEach
    void newTag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_new_partner_is_found_by_any_part_of_its_name_whatever_the_case() {
        long id = partners.create(
                form("Office of Sustainability " + tag, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY), false);

        List<PartnerSummary> found =
                partners.search(PartnerFilter.byName("SUSTAINABILITY " + tag.toUpperCase()), PageRequest.of(0, 50));

        assertThat(found).extracting(PartnerSummary::id).containsExactly(id);
        assertThat(found.getFirst().kindLabel()).isEqualTo("Local government · Agency");
        assertThat(partners.count(PartnerFilter.byName(tag))).isEqualTo(1);
    }

    @Test
    void search_treats_percent_and_underscore_as_plain_characters() {
        partners.create(form("Lab 100% " + tag, PartnerKind.SCIENCE_LEADER, null), false);
        partners.create(form("Lab 1000 " + tag, PartnerKind.SCIENCE_LEADER, null), false);

        assertThat(partners.search(PartnerFilter.byName("100% " + tag), PageRequest.of(0, 10)))
                .extracting(PartnerSummary::name)
                .containsExactly("Lab 100% " + tag);
    }

    @Test
    void the_directory_filters_by_kind_and_government_body_and_sorts_by_name_ignoring_case() {
        partners.create(form("b council " + tag, PartnerKind.GOVERNMENT, GovernmentKind.COUNCIL), false);
        partners.create(form("A Mayor " + tag, PartnerKind.GOVERNMENT, GovernmentKind.EXECUTIVE), false);
        partners.create(form("C Agency " + tag, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY), false);
        partners.create(form("D Museum " + tag, PartnerKind.SCIENCE_LEADER, null), false);

        PartnerFilter government = new PartnerFilter(tag, PartnerKind.GOVERNMENT, null, null, null);
        assertThat(partners.search(government, PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(PartnerSummary::name)
                .containsExactly("A Mayor " + tag, "b council " + tag, "C Agency " + tag);
        assertThat(partners.search(government, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "name"))))
                .extracting(PartnerSummary::name)
                .containsExactly("C Agency " + tag, "b council " + tag, "A Mayor " + tag);

        PartnerFilter executive = new PartnerFilter(tag, PartnerKind.GOVERNMENT, GovernmentKind.EXECUTIVE, null, null);
        assertThat(partners.search(executive, PageRequest.of(0, 10)))
                .extracting(PartnerSummary::name)
                .containsExactly("A Mayor " + tag);
        assertThat(partners.count(government)).isEqualTo(3);
    }

    @Test
    void pages_come_from_the_database_in_order() {
        for (int i = 0; i < 7; i++) {
            partners.create(form("Org " + i + " " + tag, PartnerKind.OTHER, null), false);
        }
        PartnerFilter filter = PartnerFilter.byName(tag);

        assertThat(partners.search(filter, PageRequest.of(1, 3, Sort.by("name"))))
                .extracting(PartnerSummary::name)
                .containsExactly("Org 3 " + tag, "Org 4 " + tag, "Org 5 " + tag);
        assertThat(partners.search(filter, PageRequest.of(2, 3, Sort.by("name"))))
                .hasSize(1);
    }

    @Test
    void a_partner_without_a_name_or_with_an_over_long_one_is_refused_naming_the_field() {
        assertThatThrownBy(() -> partners.create(form("   ", PartnerKind.OTHER, null), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsEntry("name", "Enter the organization's name."));
        assertThatThrownBy(() -> partners.create(form("x".repeat(201), PartnerKind.OTHER, null), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("name", "The name can be at most 200 characters."));
        assertThat(partners.count(PartnerFilter.byName("x".repeat(200)))).isZero();
    }

    @Test
    void a_government_partner_needs_to_say_which_part_of_government_it_is() {
        assertThatThrownBy(() -> partners.create(form("City Hall " + tag, PartnerKind.GOVERNMENT, null), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("governmentKind", "Choose which part of local government this is."));
        assertThat(partners.count(PartnerFilter.byName(tag))).isZero();
    }

    @Test
    void a_non_government_partner_keeps_no_government_body() {
        long id = partners.create(form("Museum " + tag, PartnerKind.SCIENCE_LEADER, GovernmentKind.AGENCY), false);
        assertThat(partners.get(id).governmentKind()).isNull();
    }

    @Test
    void a_website_must_be_a_web_address() {
        PartnerForm form = form("Web " + tag, PartnerKind.OTHER, null);
        form.setWebsite("not a site");
        assertThatThrownBy(() -> partners.create(form, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("website"));
    }

    @Test
    void a_duplicate_name_is_a_warning_the_user_can_override() {
        partners.create(form("Eastside Neighbors " + tag, PartnerKind.DEI_ORGANIZATION, null), false);

        assertThatThrownBy(() -> partners.create(form("  eastside   NEIGHBORS " + tag, PartnerKind.OTHER, null), false))
                .isInstanceOfSatisfying(DuplicatePartnerNameException.class, e -> {
                    assertThat(e.getMessage()).contains("already exists").contains("DEI organization");
                    assertThat(e.existing()).hasSize(1);
                });
        assertThat(partners.count(PartnerFilter.byName(tag))).isEqualTo(1);

        partners.create(form("Eastside Neighbors " + tag, PartnerKind.OTHER, null), true);
        assertThat(partners.count(PartnerFilter.byName(tag))).isEqualTo(2);
    }

    @Test
    void a_stale_edit_is_refused_and_the_newer_change_survives() {
        long id = partners.create(form("Water Utility " + tag, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY), false);
        PartnerForm first = partners.formFor(id);
        PartnerForm second = partners.formFor(id);

        first.setMissionAndGoals("Replace lead service lines by 2032");
        partners.update(id, first, false);

        second.setMissionAndGoals("Something else");
        assertThatThrownBy(() -> partners.update(id, second, false))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("Reload");
        assertThat(partners.get(id).missionAndGoals()).isEqualTo("Replace lead service lines by 2032");
    }

    @Test
    void records_say_who_created_and_changed_them() {
        long id = partners.create(form("Audit " + tag, PartnerKind.OTHER, null), false);
        PartnerDetails details = partners.get(id);
        assertThat(details.createdBy()).isEqualTo("sam");
        assertThat(details.updatedBy()).isEqualTo("sam");
        assertThat(details.createdAt()).isNotNull();
    }

    @Test
    void an_unknown_partner_is_not_found() {
        assertThatThrownBy(() -> partners.get(987_654_321L))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessage("No partner with id 987654321 was found.");
    }

    @Test
    void contacts_are_validated_added_edited_and_removed() {
        long id = partners.create(form("Health Dept " + tag, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY), false);

        ContactForm bad = contact("Angela Moss", "angela@", "12");
        assertThatThrownBy(() -> partners.addContact(id, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldMessages())
                            .containsEntry("email", "Enter an e-mail address like name@example.org");
                    assertThat(e.fieldMessages()).containsKey("phone");
                });
        assertThat(partners.contactsOf(id)).isEmpty();

        long contactId =
                partners.addContact(id, contact("Angela Moss", "amoss@health.example.org", "(555) 010-1130 ext. 4"));
        ContactDetails saved = partners.contactsOf(id).getFirst();
        assertThat(saved.phone()).isEqualTo("(555) 010-1130 ext. 4");

        ContactForm edit = contact("Dr. Angela Moss", "amoss@health.example.org", "(555) 010-1130");
        edit.setVersion(saved.version());
        partners.updateContact(contactId, edit);

        assertThatThrownBy(() -> partners.removeContact(contactId, saved.version()))
                .isInstanceOf(StaleRecordException.class);
        long current = partners.contactsOf(id).getFirst().version();
        partners.removeContact(contactId, current);
        assertThat(partners.contactsOf(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "tanya", roles = "PARTNER")
    void a_partner_user_cannot_read_the_directory() {
        assertThatThrownBy(() -> partners.search(PartnerFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.get(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_can_create_partners() {
        assertThatThrownBy(() -> partners.create(form("Anon " + tag, PartnerKind.OTHER, null), false))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    static PartnerForm form(String name, PartnerKind kind, GovernmentKind governmentKind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setGovernmentKind(governmentKind);
        form.setStatus(PartnerStatus.ACTIVE);
        return form;
    }

    static ContactForm contact(String name, String email, String phone) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setPhone(phone);
        return form;
    }
}
