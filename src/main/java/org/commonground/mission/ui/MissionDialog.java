package org.commonground.mission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.Signatory;
import org.commonground.security.StaffMember;
import org.commonground.shared.ui.DialogSave;

/** Drafts a new shared mission, or edits one. Ctrl+Enter saves. */
class MissionDialog extends Dialog {

    final TextArea statement = new TextArea("Mission statement");
    final ComboBox<CommunityIssueSummary> issue = new ComboBox<>("Community issue");
    final MultiSelectComboBox<Signatory> signatories = new MultiSelectComboBox<>("Signatory partners");
    final ComboBox<StaffMember> owner = new ComboBox<>("Owner");
    final DatePicker adoptionDate = new DatePicker("Adoption date");
    final Button save = new Button();

    private final MissionService missions;
    private final Long editedId;
    private final long version;

    /**
     * @param editedId null for a new (draft) mission
     * @param status   the edited mission's status (null for a new one)
     * @param afterSave gets the saved mission's id
     */
    MissionDialog(
            MissionService missions, MissionForm form, Long editedId, MissionStatus status, LongConsumer afterSave) {
        this.missions = missions;
        this.editedId = editedId;
        this.version = form.getVersion();
        setHeaderTitle(editedId == null ? "New shared mission" : "Edit shared mission");
        setWidth("min(44rem, 96vw)");

        statement.setRequired(true);
        statement.setMaxLength(MissionForm.STATEMENT_MAX);
        statement.setMinHeight("8rem");
        statement.setHelperText("What the library and its partners commit to achieve together.");
        statement.setValueChangeMode(ValueChangeMode.LAZY);
        List<CommunityIssueSummary> issues = missions.issues();
        issue.setItems(issues);
        issue.setItemLabelGenerator(CommunityIssueSummary::name);
        issue.setRequired(true);
        signatories.setItems(query ->
                missions.pickPartners(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        signatories.setItemLabelGenerator(Signatory::name);
        signatories.setPlaceholder("Type a partner's name");
        signatories.setRequired(true);
        signatories.setSelectedItemsOnTop(true);
        List<StaffMember> staff = missions.possibleOwners();
        owner.setItems(staff);
        owner.setItemLabelGenerator(StaffMember::displayName);
        owner.setRequired(true);
        adoptionDate.setRequired(true);
        adoptionDate.setVisible(status != null && status != MissionStatus.DRAFT);
        adoptionDate.setMax(missions.today());

        statement.setValue(form.getStatement() == null ? "" : form.getStatement());
        issues.stream()
                .filter(i -> i.id() == (form.getIssueId() == null ? -1 : form.getIssueId()))
                .findFirst()
                .ifPresent(issue::setValue);
        signatories.setValue(new LinkedHashSet<>(missions.signatories(form.getSignatoryPartnerIds())));
        staff.stream()
                .filter(s -> form.getOwnerId() != null && s.id() == form.getOwnerId())
                .findFirst()
                .ifPresent(owner::setValue);
        adoptionDate.setValue(form.getAdoptionDate());

        FormLayout layout = new FormLayout(statement, issue, owner, signatories, adoptionDate);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(statement, 2);
        layout.setColspan(signatories, 2);
        add(layout);

        save.setText(editedId == null ? "Save draft" : "Save changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> save(afterSave));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                statement.focus();
            }
        });
    }

    MissionForm form() {
        MissionForm form = new MissionForm();
        form.setStatement(statement.getValue());
        form.setIssueId(issue.getValue() == null ? null : issue.getValue().id());
        form.setSignatoryPartnerIds(
                signatories.getValue().stream().map(Signatory::id).collect(Collectors.toSet()));
        form.setOwnerId(owner.getValue() == null ? null : owner.getValue().id());
        form.setAdoptionDate(adoptionDate.getValue());
        form.setVersion(version);
        return form;
    }

    private void save(LongConsumer afterSave) {
        MissionForm form = form();
        long[] id = {editedId == null ? 0 : editedId};
        DialogSave.save(
                this,
                fields(),
                () -> {
                    if (editedId == null) {
                        id[0] = missions.create(form);
                        return "Draft mission saved. Add its measures, then adopt it with the signatories.";
                    }
                    missions.update(editedId, form);
                    return "Changes saved.";
                },
                () -> afterSave.accept(id[0]));
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "statement",
                statement,
                "issueId",
                issue,
                "signatoryPartnerIds",
                signatories,
                "ownerId",
                owner,
                "adoptionDate",
                adoptionDate);
    }
}
