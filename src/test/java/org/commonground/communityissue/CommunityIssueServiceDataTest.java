package org.commonground.communityissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@DataTest
@WithMockUser(username = "dir", roles = "DIRECTOR")
class CommunityIssueServiceDataTest {

    @Autowired
    CommunityIssueService issues;

    @Test
    void issues_are_listed_high_priority_first_and_names_are_unique_whatever_the_case() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        issues.create(CommunityIssueForm.of("Tree canopy " + tag, null, IssuePriority.LOW));
        issues.create(CommunityIssueForm.of("Air quality " + tag, "Ozone", IssuePriority.HIGH));

        assertThat(issues.all())
                .filteredOn(i -> i.name().endsWith(tag))
                .extracting(CommunityIssueSummary::name)
                .containsExactly("Air quality " + tag, "Tree canopy " + tag);
        assertThatThrownBy(() -> issues.create(CommunityIssueForm.of("AIR QUALITY " + tag, null, IssuePriority.LOW)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("name")).contains("already an issue named"));
    }

    @Test
    void a_stale_edit_of_an_issue_is_refused() {
        long id = issues.create(CommunityIssueForm.of("Flooding " + UUID.randomUUID(), null, IssuePriority.HIGH));
        CommunityIssueSummary seen =
                issues.all().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        CommunityIssueForm first = CommunityIssueForm.of(seen.name(), "first", seen.priority());
        first.setVersion(seen.version());
        issues.update(id, first);

        CommunityIssueForm second = CommunityIssueForm.of(seen.name(), "second", seen.priority());
        second.setVersion(seen.version());
        assertThatThrownBy(() -> issues.update(id, second)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    @WithMockUser(username = "sam", roles = "STAFF")
    void staff_read_issues_but_do_not_maintain_them() {
        assertThat(issues.all()).isNotNull();
        assertThatThrownBy(() -> issues.create(CommunityIssueForm.of("Heat", null, IssuePriority.HIGH)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
