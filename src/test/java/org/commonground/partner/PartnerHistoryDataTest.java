package org.commonground.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonground.history.HistoryEntry;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Every change to a partner and its contacts is in its history: who, what, before and after. */
@DataTest
@WithMockUser(username = "sam", roles = "STAFF")
class PartnerHistoryDataTest {

    @Autowired
    PartnerService partners;

    @Test
    void the_history_tells_who_created_changed_and_deleted_what() {
        PartnerForm form =
                PartnerServiceDataTest.form("History Lab " + System.nanoTime(), PartnerKind.SCIENCE_LEADER, null);
        form.setStatus(PartnerStatus.PROSPECTIVE);
        long id = partners.create(form, false);

        PartnerForm edit = partners.formFor(id);
        edit.setStatus(PartnerStatus.ACTIVE);
        edit.setMissionAndGoals("Air sensors for every school");
        partners.update(id, edit, false);

        long contactId = partners.addContact(id, PartnerServiceDataTest.contact("Helen Cho", null, null));
        partners.removeContact(contactId, partners.contactsOf(id).getFirst().version());

        List<HistoryEntry> history = partners.history(id);

        assertThat(history)
                .extracting(HistoryEntry::kind)
                .containsExactly(
                        HistoryEntry.Kind.DELETED,
                        HistoryEntry.Kind.CREATED,
                        HistoryEntry.Kind.CHANGED,
                        HistoryEntry.Kind.CREATED);
        assertThat(history).extracting(HistoryEntry::by).containsOnly("sam");
        assertThat(history.get(0).record()).isEqualTo("Contact Helen Cho");
        assertThat(history.get(2).changes())
                .containsExactly(
                        new HistoryEntry.FieldChange("Status", "Prospective", "Active"),
                        new HistoryEntry.FieldChange("Mission and goals", "", "Air sensors for every school"));
        assertThat(history.get(3).changes()).contains(new HistoryEntry.FieldChange("Kind", "", "Science leader"));
    }
}
