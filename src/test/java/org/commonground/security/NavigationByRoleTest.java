package org.commonground.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.commonground.app.NotFoundView;
import org.commonground.communityissue.ui.CommunityIssuesView;
import org.commonground.home.ui.HomeView;
import org.commonground.partner.ui.PartnerDirectoryView;
import org.commonground.portal.ui.PortalView;
import org.commonground.security.ui.LoginView;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees only the navigation it may use, and typing a forbidden address leads nowhere. */
@ViewTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("staff")
    void staff_see_home_partners_interactions_commitments_and_shared_missions_but_no_administration() {
        assertThat(menu())
                .containsExactly(
                        "Home",
                        "Rubric",
                        "Partners",
                        "Interactions",
                        "Calendar",
                        "Commitments",
                        "Balance",
                        "Shared missions",
                        "Import");
    }

    @Test
    @WithUserDetails("director")
    void the_director_also_maintains_community_issues() {
        assertThat(menu())
                .containsExactly(
                        "Home",
                        "Rubric",
                        "Partners",
                        "Interactions",
                        "Calendar",
                        "Commitments",
                        "Balance",
                        "Shared missions",
                        "Community issues",
                        "Import");
    }

    @Test
    @WithUserDetails("admin")
    void administrators_see_administration() {
        assertThat(menu()).contains("Community issues", "Import", "Vetting criteria", "Rubric settings");
    }

    @Test
    @WithUserDetails("partner")
    void a_partner_sees_only_their_own_partnership_page() {
        assertThat(menu()).containsExactly("Our partnership");
        assertThat(getCurrentView()).isInstanceOf(PortalView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Maple River Watershed District");
    }

    @Test
    @WithUserDetails("partner")
    void a_partner_typing_the_directory_address_does_not_get_the_directory() {
        goTo("partners");
        assertThat(getCurrentView()).isNotInstanceOf(PartnerDirectoryView.class).isInstanceOf(NotFoundView.class);

        goTo("partners/1");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        goTo("missions");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        goTo("missions/1");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        // No rubric internals for partners.
        goTo("rubric");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        goTo("rubric/ce-gov");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        goTo("rubric/report");
        goTo("calendar");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        goTo("series/1");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("staff")
    void staff_typing_an_administration_address_do_not_get_it() {
        goTo("admin/community-issues");
        assertThat(getCurrentView()).isNotInstanceOf(CommunityIssuesView.class).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("staff")
    void staff_open_the_directory() {
        goTo("partners");
        assertThat(getCurrentView()).isInstanceOf(PartnerDirectoryView.class);
    }

    @Test
    @WithAnonymousUser
    void someone_not_signed_in_is_sent_to_sign_in() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        goTo("partners");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        goTo("");
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
    }

    private static void goTo(String location) {
        UI.getCurrent().navigate(location);
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
