package org.commonground.partner.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.commonground.partner.DuplicatePartnerNameException;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.security.Role;
import org.commonground.security.StaffMember;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/** Create a partner, or edit one. A stale edit is refused with a way to reload; nothing is half-saved. */
@Route("partners/new")
@RouteAlias("partners/:partnerId([0-9]{1,18})/edit")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class PartnerEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    final TextField name = new TextField("Name");
    final ComboBox<PartnerKind> kind = new ComboBox<>("Kind");
    final ComboBox<GovernmentKind> governmentKind = new ComboBox<>("Government body");
    // A combo box, not a Select: Vaadin's Select puts aria-required on a button role, which axe flags.
    final ComboBox<PartnerStatus> status = new ComboBox<>("Status");
    final ComboBox<StaffMember> relationshipOwner = new ComboBox<>("Relationship owner");
    final TextArea missionAndGoals = new TextArea("Mission and goals");
    final TextArea communitiesServed = new TextArea("Communities served");
    final TextField website = new TextField("Website");
    final Button save = new Button("Save partner");
    final Div staleBanner = new Div();

    private final PartnerService partners;
    private final H1 heading = new H1();
    private final BeanValidationBinder<PartnerForm> binder = new BeanValidationBinder<>(PartnerForm.class);
    private Long partnerId;
    private PartnerForm form = new PartnerForm();
    private boolean leavingAfterSave;

    public PartnerEditorView(PartnerService partners) {
        this.partners = partners;
        addClassName("page");

        name.setMaxLength(PartnerForm.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(PartnerKind::label);
        kind.setRequiredIndicatorVisible(true);
        governmentKind.setItems(GovernmentKind.values());
        governmentKind.setItemLabelGenerator(GovernmentKind::label);
        governmentKind.setHelperText("Executive branch, agency, council or other");
        status.setItems(PartnerStatus.values());
        status.setItemLabelGenerator(PartnerStatus::label);
        List<StaffMember> staff = partners.possibleOwners();
        relationshipOwner.setItems(staff);
        relationshipOwner.setItemLabelGenerator(StaffMember::displayName);
        relationshipOwner.setClearButtonVisible(true);
        relationshipOwner.setHelperText("The library person who keeps this relationship going");
        missionAndGoals.setMaxLength(PartnerForm.LONG_TEXT_MAX);
        missionAndGoals.setHelperText("In the partner's own words, where possible");
        communitiesServed.setMaxLength(PartnerForm.COMMUNITIES_MAX);
        website.setMaxLength(PartnerForm.WEBSITE_MAX);
        website.setPlaceholder("https://");

        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(governmentKind)
                .withValidator(
                        g -> kind.getValue() != PartnerKind.GOVERNMENT || g != null,
                        "Choose which part of local government this is.")
                .bind("governmentKind");
        binder.forField(status).bind("status");
        binder.forField(relationshipOwner)
                .withConverter(
                        s -> s == null ? null : s.id(),
                        id -> id == null
                                ? null
                                : staff.stream()
                                        .filter(s -> s.id() == id)
                                        .findFirst()
                                        .orElse(null))
                .bind("relationshipOwnerId");
        binder.forField(missionAndGoals).bind("missionAndGoals");
        binder.forField(communitiesServed).bind("communitiesServed");
        binder.forField(website).bind("website");
        kind.addValueChangeListener(e -> {
            governmentKind.setVisible(e.getValue() == PartnerKind.GOVERNMENT);
            if (e.getValue() != PartnerKind.GOVERNMENT) {
                governmentKind.clear();
            }
        });

        FormLayout layout = new FormLayout(
                name, kind, governmentKind, status, relationshipOwner, website, missionAndGoals, communitiesServed);
        layout.setColspan(name, 2);
        layout.setColspan(missionAndGoals, 2);
        layout.setColspan(communitiesServed, 2);
        layout.setMaxWidth("48rem");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        save.setTooltipText("Ctrl+S");
        save.addClickListener(e -> save(false));
        Button cancel = new Button("Cancel", e -> leave());

        staleBanner.addClassName("stale-banner");
        staleBanner.setVisible(false);
        staleBanner.getElement().setAttribute("role", "alert");

        add(heading, staleBanner, layout, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        partnerId = event.getRouteParameters()
                .get(PartnerDetailView.PARTNER_ID)
                .map(Long::valueOf)
                .orElse(null);
        if (partnerId == null) {
            form = new PartnerForm();
            heading.setText("New partner");
        } else {
            try {
                form = partners.formFor(partnerId);
            } catch (RecordNotFoundException e) {
                event.rerouteToError(NotFoundException.class, e.getMessage());
                return;
            }
            heading.setText("Edit " + form.getName());
        }
        binder.readBean(form);
        governmentKind.setVisible(form.getKind() == PartnerKind.GOVERNMENT);
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return partnerId == null ? "New partner" : "Edit partner";
    }

    void save(boolean allowDuplicateName) {
        PartnerForm edited = copyOfForm();
        if (!binder.writeBeanIfValid(edited)) {
            binder.validate().getFieldValidationErrors().stream()
                    .findFirst()
                    .map(error -> error.getField())
                    .filter(field -> field instanceof Focusable<?>)
                    .ifPresent(field -> ((Focusable<?>) field).focus());
            return;
        }
        try {
            long id;
            if (partnerId == null) {
                id = partners.create(edited, allowDuplicateName);
            } else {
                partners.update(partnerId, edited, allowDuplicateName);
                id = partnerId;
            }
            Feedback.saved(edited.getName().strip() + " was saved.");
            leavingAfterSave = true;
            getUI().ifPresent(ui -> ui.navigate(PartnerDetailView.class, PartnerDetailView.parameters(id)));
        } catch (DuplicatePartnerNameException ex) {
            confirmDuplicate(ex);
        } catch (InvalidInputException ex) {
            String rest = FieldErrors.show(ex.fieldMessages(), fields());
            if (!rest.isEmpty()) {
                Feedback.error(rest);
            }
        } catch (StaleRecordException ex) {
            showStale(ex.getMessage());
        } catch (RecordNotFoundException ex) {
            Feedback.error(ex.getMessage());
        }
    }

    private PartnerForm copyOfForm() {
        PartnerForm copy = new PartnerForm();
        copy.setVersion(form.getVersion());
        return copy;
    }

    private void confirmDuplicate(DuplicatePartnerNameException ex) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("A partner with this name already exists");
        confirm.setText(ex.getMessage());
        confirm.setCancelable(true);
        confirm.setCancelText("Go back");
        confirm.setConfirmText("Save anyway");
        confirm.addConfirmListener(e -> save(true));
        confirm.open();
    }

    private void showStale(String message) {
        staleBanner.removeAll();
        Button reload = new Button("Reload", e -> {
            form = partners.formFor(partnerId);
            binder.readBean(form);
            governmentKind.setVisible(form.getKind() == PartnerKind.GOVERNMENT);
            staleBanner.setVisible(false);
        });
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR);
        staleBanner.add(new Span(message), reload);
        staleBanner.setVisible(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "name",
                name,
                "kind",
                kind,
                "governmentKind",
                governmentKind,
                "status",
                status,
                "relationshipOwnerId",
                relationshipOwner,
                "missionAndGoals",
                missionAndGoals,
                "communitiesServed",
                communitiesServed,
                "website",
                website);
    }

    private void leave() {
        if (partnerId == null) {
            getUI().ifPresent(ui -> ui.navigate(PartnerDirectoryView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PartnerDetailView.class, PartnerDetailView.parameters(partnerId)));
        }
    }

    /** Unsaved edits are not thrown away without asking. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leavingAfterSave || !binder.hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Discard your changes?");
        confirm.setText("You have changed this partner without saving.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmText("Discard changes");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> action.proceed());
        confirm.open();
    }
}
