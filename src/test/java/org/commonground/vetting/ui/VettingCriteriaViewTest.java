package org.commonground.vetting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.commonground.testsupport.ViewTest;
import org.commonground.vetting.CriterionSummary;
import org.commonground.vetting.VettingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator's list of vetting criteria over the demo library's three. */
@ViewTest
@WithUserDetails("admin")
class VettingCriteriaViewTest extends SpringBrowserlessTest {

    @Autowired
    VettingService vettings;

    @Test
    void the_demo_criteria_are_listed_in_order_and_a_duplicate_name_is_refused_on_the_field() {
        VettingCriteriaView view = navigate(VettingCriteriaView.class);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Reflects the communities we want to serve");
        assertThat(test(view.grid).getRow(1).name()).isEqualTo("Mutually beneficial");

        test(view.add).click();
        VettingCriteriaView.CriterionEditor editor =
                $(VettingCriteriaView.CriterionEditor.class).single();
        test(editor.name).setValue("MUTUALLY beneficial");
        test(editor.save).click();

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage())
                .isEqualTo("There is already a criterion named “Mutually beneficial”.");
        assertThat(editor.isOpened()).isTrue();
    }

    @Test
    void a_new_unused_criterion_can_be_deleted_after_confirming() {
        VettingCriteriaView view = navigate(VettingCriteriaView.class);
        test(view.add).click();
        VettingCriteriaView.CriterionEditor editor =
                $(VettingCriteriaView.CriterionEditor.class).single();
        test(editor.name).setValue("Pays its staff a living wage");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(vettings.activeCriteria())
                .extracting(CriterionSummary::name)
                .contains("Pays its staff a living wage");

        test(action(view, "Pays its staff a living wage", "Delete Pays its staff a living wage"))
                .click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Delete “Pays its staff a living wage”?");
        test(confirm).confirm();

        assertThat(vettings.allCriteria())
                .extracting(CriterionSummary::name)
                .doesNotContain("Pays its staff a living wage");
    }

    @Test
    void a_used_criterion_offers_retire_not_delete() {
        VettingCriteriaView view = navigate(VettingCriteriaView.class);
        assertThat(actions(view, "Mutually beneficial"))
                .contains("Move Mutually beneficial up", "Edit Mutually beneficial", "Retire Mutually beneficial")
                .doesNotContain("Delete Mutually beneficial");
    }

    private int row(VettingCriteriaView view, String name) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name);
    }

    private List<String> actions(VettingCriteriaView view, String name) {
        return test(view.grid)
                .getCellComponent(row(view, name), "actions")
                .getChildren()
                .map(c -> c.getElement().getAttribute("aria-label"))
                .toList();
    }

    private Button action(VettingCriteriaView view, String name, String label) {
        return (Button) test(view.grid)
                .getCellComponent(row(view, name), "actions")
                .getChildren()
                .filter(c -> label.equals(c.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
    }
}
