package org.commonground.communityissue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.communityissue.IssuePriority;
import org.commonground.security.Role;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/** The science-based community issues the library works on, with their priority. */
@Route("admin/community-issues")
@PageTitle("Community issues")
@Menu(order = 90, icon = "vaadin:lightbulb", title = "Community issues")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE})
public class CommunityIssuesView extends Main {

    final Grid<CommunityIssueSummary> grid = new Grid<>(CommunityIssueSummary.class, false);
    private final CommunityIssueService issues;

    public CommunityIssuesView(CommunityIssueService issues) {
        this.issues = issues;
        addClassName("page");
        Paragraph intro = new Paragraph("The science-based issues the library works on with its partners. "
                + "Meetings, commitments and shared missions are tagged with them; the rubric asks that they "
                + "be prioritized.");
        intro.addClassName("muted");
        Button add = new Button("New issue", VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(CommunityIssueSummary::name).setHeader("Issue").setFlexGrow(2);
        grid.addColumn(i -> i.priority().label())
                .setHeader("Priority")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(i -> i.description() == null ? "" : i.description())
                .setHeader("Description")
                .setFlexGrow(4);
        grid.addComponentColumn(i -> {
                    Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(i));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel("Edit " + i.name());
                    edit.setTooltipText("Edit");
                    return edit;
                })
                .setHeader("Actions")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Community issues");
        grid.setEmptyStateText("No community issues yet. Add the issues your library works on, such as air quality.");
        add(intro, add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(issues.all());
    }

    private void openEditor(CommunityIssueSummary existing) {
        Dialog dialog = new Dialog(existing == null ? "New community issue" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        name.setMaxLength(CommunityIssueForm.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        RadioButtonGroup<IssuePriority> priority = new RadioButtonGroup<>("Priority");
        priority.setItems(IssuePriority.values());
        priority.setItemLabelGenerator(IssuePriority::label);
        TextArea description = new TextArea("Description");
        description.setMaxLength(CommunityIssueForm.DESCRIPTION_MAX);

        BeanValidationBinder<CommunityIssueForm> binder = new BeanValidationBinder<>(CommunityIssueForm.class);
        binder.forField(name).bind("name");
        binder.forField(priority).bind("priority");
        binder.forField(description).bind("description");
        CommunityIssueForm form = existing == null
                ? new CommunityIssueForm()
                : CommunityIssueForm.of(existing.name(), existing.description(), existing.priority());
        if (existing != null) {
            form.setVersion(existing.version());
        }
        binder.readBean(form);

        Button save = new Button("Save issue", e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                if (existing == null) {
                    issues.create(form);
                } else {
                    issues.update(existing.id(), form);
                }
                Feedback.saved(form.getName().strip() + " was saved.");
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(
                        ex.fieldMessages(),
                        Map.<String, HasValidation>of("name", name, "priority", priority, "description", description));
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        dialog.add(new FormLayout(name, priority, description));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
        name.focus();
    }
}
