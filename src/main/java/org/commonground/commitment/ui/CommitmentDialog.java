package org.commonground.commitment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.mission.MissionOption;
import org.commonground.partner.PartnerService;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/**
 * Record a commitment or edit one. The unit follows the kind (staff time in hours per month,
 * funding in dollars…) until the user picks another; Ctrl+Enter saves.
 */
class CommitmentDialog extends Dialog {

    final RadioButtonGroup<CommitmentDirection> direction = new RadioButtonGroup<>("Who gives");
    final ComboBox<PartnerChoice> partner = new ComboBox<>("Partner");
    final ComboBox<CommitmentKind> kind = new ComboBox<>("What is given");
    final TextField description = new TextField("Description");
    final BigDecimalField amount = new BigDecimalField("Amount");
    final ComboBox<CommitmentUnit> unit = new ComboBox<>("Unit");
    final DatePicker startDate = new DatePicker("Start date");
    final DatePicker endDate = new DatePicker("End date");
    final ComboBox<CommunityIssueSummary> issue = new ComboBox<>("Community issue");
    final ComboBox<MissionOption> mission = new ComboBox<>("Shared mission");
    final RadioButtonGroup<CommitmentStatus> initialStatus = new RadioButtonGroup<>("Status");
    final Paragraph problem = new Paragraph();
    final Button save = new Button();

    private final CommitmentService commitments;
    private final Long editedId;
    private final long version;
    private final SerializableConsumer<Long> onSaved;
    private boolean unitChosen;

    CommitmentDialog(
            CommitmentService commitments,
            PartnerService partners,
            CommitmentForm form,
            Long editedId,
            SerializableConsumer<Long> onSaved) {
        this.commitments = commitments;
        this.editedId = editedId;
        this.version = form.getVersion();
        this.onSaved = onSaved;
        setHeaderTitle(editedId == null ? "Record a commitment" : "Edit commitment");
        setWidth("min(44rem, 96vw)");

        direction.setItems(CommitmentDirection.values());
        direction.setItemLabelGenerator(CommitmentDirection::description);
        partner.setItems(
                query -> partners.pick(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream()
                        .map(p -> new PartnerChoice(p.id(), p.name())));
        partner.setItemLabelGenerator(PartnerChoice::name);
        partner.setPlaceholder("Type a partner's name");
        kind.setItems(CommitmentKind.values());
        kind.setItemLabelGenerator(CommitmentKind::label);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && !unitChosen && e.getValue() != null) {
                unit.setValue(e.getValue().usualUnit());
            }
        });
        description.setMaxLength(CommitmentForm.DESCRIPTION_MAX);
        description.setPlaceholder("e.g. Air-quality sensor program grant");
        amount.setPlaceholder("e.g. 12500");
        unit.setItems(CommitmentUnit.values());
        unit.setItemLabelGenerator(CommitmentUnit::label);
        unit.addValueChangeListener(e -> unitChosen |= e.isFromClient());
        endDate.setHelperText("Leave empty if it has no end");
        endDate.setClearButtonVisible(true);
        issue.setItems(commitments.communityIssues());
        issue.setItemLabelGenerator(CommunityIssueSummary::name);
        issue.setClearButtonVisible(true);
        issue.setPlaceholder("None");
        mission.setItemLabelGenerator(MissionOption::title);
        mission.setClearButtonVisible(true);
        mission.setPlaceholder("None");
        initialStatus.setItems(CommitmentStatus.PROPOSED, CommitmentStatus.ACTIVE);
        initialStatus.setItemLabelGenerator(
                s -> s == CommitmentStatus.PROPOSED ? "Proposed (not yet agreed)" : "Active (already agreed)");
        for (var field : new HasValue<?, ?>[] {partner, kind, description, amount, unit, startDate}) {
            field.setRequiredIndicatorVisible(true);
        }
        fill(form, partners);

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.add(direction, 2);
        layout.add(partner, kind);
        layout.add(description, 2);
        layout.add(amount, unit, startDate, endDate);
        layout.add(issue, mission);
        if (editedId == null) {
            layout.add(initialStatus, 2);
        }
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(layout, problem);

        save.setText(editedId == null ? "Record commitment" : "Save changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                (partner.isEmpty() ? partner : kind).focus();
            }
        });
    }

    private void fill(CommitmentForm form, PartnerService partners) {
        direction.setValue(form.getDirection());
        if (form.getPartnerId() != null) {
            String name = partners.namesOf(Set.of(form.getPartnerId())).get(form.getPartnerId());
            if (name != null) {
                partner.setValue(new PartnerChoice(form.getPartnerId(), name));
            }
        }
        kind.setValue(form.getKind());
        description.setValue(form.getDescription() == null ? "" : form.getDescription());
        amount.setValue(form.getAmount());
        unit.setValue(form.getUnit());
        unitChosen = editedId != null;
        startDate.setValue(form.getStartDate());
        endDate.setValue(form.getEndDate());
        issue.setValue(issue.getListDataView()
                .getItems()
                .filter(i -> i.id() == (form.getCommunityIssueId() == null ? -1 : form.getCommunityIssueId()))
                .findFirst()
                .orElse(null));
        List<MissionOption> missions = new ArrayList<>(commitments.missionChoices());
        if (form.getMissionId() != null && missions.stream().noneMatch(m -> m.id() == form.getMissionId())) {
            // A retired mission stays on the commitment that already serves it.
            missions.addAll(commitments.missionsById(Set.of(form.getMissionId())));
        }
        mission.setItems(missions);
        mission.setValue(missions.stream()
                .filter(m -> form.getMissionId() != null && m.id() == form.getMissionId())
                .findFirst()
                .orElse(null));
        initialStatus.setValue(form.getInitialStatus());
    }

    CommitmentForm form() {
        CommitmentForm form = editedId == null ? commitments.newForm(null) : commitments.formFor(editedId);
        form.setDirection(direction.getValue());
        form.setPartnerId(partner.getValue() == null ? null : partner.getValue().id());
        form.setKind(kind.getValue());
        form.setDescription(description.getValue());
        form.setAmount(amount.getValue());
        form.setUnit(unit.getValue());
        form.setStartDate(startDate.getValue());
        form.setEndDate(endDate.getValue());
        form.setCommunityIssueId(
                issue.getValue() == null ? null : issue.getValue().id());
        form.setMissionId(mission.getValue() == null ? null : mission.getValue().id());
        form.setInitialStatus(initialStatus.getValue());
        return form;
    }

    void save() {
        clearErrors();
        try {
            CommitmentForm form = form();
            long id;
            if (editedId == null) {
                id = commitments.create(form);
                Feedback.saved("Commitment recorded.");
            } else {
                if (form.getVersion() != version) {
                    throw new StaleRecordException("commitment");
                }
                commitments.update(editedId, form);
                id = editedId;
                Feedback.saved("Commitment saved.");
            }
            close();
            onSaved.accept(id);
        } catch (InvalidInputException e) {
            String unplaced = FieldErrors.show(e.fieldMessages(), fields());
            problem.setText(unplaced);
            problem.setVisible(!unplaced.isEmpty());
        } catch (StaleRecordException | RecordNotFoundException e) {
            problem.setText(e.getMessage() + " Close this dialog and open the commitment again to see the change.");
            problem.setVisible(true);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("direction", direction);
        fields.put("partnerId", partner);
        fields.put("kind", kind);
        fields.put("description", description);
        fields.put("amount", amount);
        fields.put("unit", unit);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("communityIssueId", issue);
        fields.put("missionId", mission);
        fields.put("initialStatus", initialStatus);
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
    }
}
