package org.commonground.vetting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.commonground.history.ui.HistoryList;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.DialogSave;
import org.commonground.shared.ui.Feedback;
import org.commonground.vetting.CriterionForm;
import org.commonground.vetting.CriterionSummary;
import org.commonground.vetting.VettingService;

/**
 * The criteria partners are vetted against. Administrators add, edit, reorder and retire them; a
 * criterion no vetting has answered yet can be deleted. Destructive steps ask first.
 */
@Route("admin/vetting-criteria")
@PageTitle("Vetting criteria")
@Menu(order = 92, icon = "vaadin:clipboard-check", title = "Vetting criteria")
@RolesAllowed(Role.ADMIN_ROLE)
public class VettingCriteriaView extends Main {

    final Grid<CriterionSummary> grid = new Grid<>(CriterionSummary.class, false);
    final Button add = new Button("New criterion", VaadinIcon.PLUS.create());
    private final VettingService vettings;
    private final CommonGroundProperties properties;
    private List<CriterionSummary> shown = List.of();

    public VettingCriteriaView(VettingService vettings, CommonGroundProperties properties) {
        this.vettings = vettings;
        this.properties = properties;
        addClassName("page");
        Paragraph intro = new Paragraph("What the library asks of every partner, such as “mutually beneficial” or "
                + "“shared values on racial equity”. Staff answer each active criterion when they vet a partner, "
                + "in this order. A criterion that has been answered can be retired but not deleted, so earlier "
                + "vettings keep their meaning.");
        intro.addClassName("muted");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));

        grid.addColumn(c -> c.retired() ? "—" : String.valueOf(position(c)))
                .setHeader("Order")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(CriterionSummary::name).setHeader("Criterion").setFlexGrow(2);
        grid.addColumn(c -> c.description() == null ? "" : c.description())
                .setHeader("Description")
                .setFlexGrow(4);
        grid.addColumn(c -> c.retired() ? "Retired" : "Active")
                .setHeader("Status")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader("Actions")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Vetting criteria");
        grid.setEmptyStateText("No vetting criteria yet. Add the first one, such as “mutually beneficial”.");
        add(new H1("Vetting criteria"), intro, add, grid);
        refresh();
    }

    private int position(CriterionSummary criterion) {
        return shown.stream().filter(c -> !c.retired()).toList().indexOf(criterion) + 1;
    }

    private void refresh() {
        shown = vettings.allCriteria();
        grid.setItems(shown);
    }

    private HorizontalLayout actions(CriterionSummary c) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!c.retired()) {
            actions.add(icon(VaadinIcon.ARROW_UP, "Move " + c.name() + " up", () -> move(c, true)));
            actions.add(icon(VaadinIcon.ARROW_DOWN, "Move " + c.name() + " down", () -> move(c, false)));
        }
        actions.add(icon(VaadinIcon.EDIT, "Edit " + c.name(), () -> openEditor(c)));
        actions.add(icon(VaadinIcon.TIME_BACKWARD, "History of " + c.name(), () -> openHistory(c)));
        if (c.retired()) {
            actions.add(text(
                    "Restore",
                    "Restore " + c.name(),
                    () -> run(
                            () -> vettings.restoreCriterion(c.id(), c.version()),
                            c.name() + " is asked again in new vettings.")));
        } else if (c.used()) {
            actions.add(text("Retire", "Retire " + c.name(), () -> confirmRetire(c)));
        } else {
            actions.add(text("Delete", "Delete " + c.name(), () -> confirmDelete(c)));
        }
        return actions;
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static Button text(String text, String label, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        return button;
    }

    private void move(CriterionSummary c, boolean up) {
        run(() -> vettings.moveCriterion(c.id(), c.version(), up), null);
    }

    private void confirmRetire(CriterionSummary c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Retire “" + c.name() + "”?");
        confirm.setText(new Paragraph("New vettings will no longer ask it. Earlier vettings keep their answers, "
                + "and you can restore it later."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Retire");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(
                e -> run(() -> vettings.retireCriterion(c.id(), c.version()), c.name() + " was retired."));
        confirm.open();
    }

    private void confirmDelete(CriterionSummary c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete “" + c.name() + "”?");
        confirm.setText(new Paragraph("No vetting has answered it yet, so it will be removed for good."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(
                e -> run(() -> vettings.deleteCriterion(c.id(), c.version()), c.name() + " was deleted."));
        confirm.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Feedback.saved(done);
            }
        } catch (InvalidInputException | StaleRecordException | RecordNotFoundException ex) {
            Feedback.error(ex.getMessage());
        }
        refresh();
    }

    private void openHistory(CriterionSummary c) {
        Dialog dialog = new Dialog("History of " + c.name());
        dialog.add(new HistoryList(vettings.criterionHistory(c.id()), properties.timeZone()));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    void openEditor(CriterionSummary existing) {
        new CriterionEditor(existing).open();
    }

    /** The add / edit dialog; package-visible for the view test. */
    class CriterionEditor extends Dialog {

        final TextField name = new TextField("Name");
        final TextArea description = new TextArea("Description");
        final Button save = new Button("Save criterion");

        CriterionEditor(CriterionSummary existing) {
            setHeaderTitle(existing == null ? "New vetting criterion" : "Edit " + existing.name());
            name.setMaxLength(CriterionForm.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            name.setWidthFull();
            description.setMaxLength(CriterionForm.DESCRIPTION_MAX);
            description.setHelperText("What staff should look for");
            BeanValidationBinder<CriterionForm> binder = new BeanValidationBinder<>(CriterionForm.class);
            binder.forField(name).bind("name");
            binder.forField(description).bind("description");
            CriterionForm form = existing == null ? new CriterionForm() : CriterionForm.of(existing);
            binder.readBean(form);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                if (!binder.writeBeanIfValid(form)) {
                    return;
                }
                DialogSave.save(
                        this,
                        Map.<String, HasValidation>of("name", name, "description", description),
                        () -> {
                            if (existing == null) {
                                vettings.createCriterion(form);
                            } else {
                                vettings.updateCriterion(existing.id(), form);
                            }
                            return form.getName().strip() + " was saved.";
                        },
                        VettingCriteriaView.this::refresh);
            });
            save.addClickShortcut(Key.ENTER).listenOn(name);
            add(new FormLayout(name, description));
            getFooter().add(new Button("Cancel", e -> close()), save);
            setWidth("min(36rem, 95vw)");
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    name.focus();
                }
            });
        }
    }
}
