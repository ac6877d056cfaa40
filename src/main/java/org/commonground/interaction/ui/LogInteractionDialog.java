package org.commonground.interaction.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.interaction.FollowUpDraft;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Named;
import org.commonground.interaction.Theme;
import org.commonground.interaction.Topic;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;
import org.commonground.security.StaffMember;
import org.commonground.shared.ui.DialogSave;

/**
 * Log an interaction, or edit one. Built for speed: the cursor starts in Partners, everything else
 * has a sensible default (a meeting, now, the library initiated it, you were there), and
 * Ctrl+Enter saves.
 */
class LogInteractionDialog extends Dialog {

    final MultiSelectComboBox<Named> partnerPicker = new MultiSelectComboBox<>("Partners");
    final ComboBox<InteractionKind> kind = new ComboBox<>("Kind");
    final DatePicker date = new DatePicker("Date");
    final TimePicker time = new TimePicker("Time");
    final RadioButtonGroup<Initiator> initiatedBy = new RadioButtonGroup<>("Who reached out");
    final MultiSelectComboBox<Named> contacts = new MultiSelectComboBox<>("Contacts present");
    final MultiSelectComboBox<StaffMember> staff = new MultiSelectComboBox<>("Library staff present");
    final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>("Topics");
    final MultiSelectComboBox<Named> missions = new MultiSelectComboBox<>("Shared missions");
    final TextArea notes = new TextArea("Notes");
    final Checkbox shared = new Checkbox("Partners may see this in their portal");
    final Div followUpRows = new Div();
    final Button addFollowUp = new Button("Add follow-up", VaadinIcon.PLUS.create());
    final Button addContact = new Button("New contact", VaadinIcon.PLUS.create());
    final Button save = new Button();

    private final InteractionService interactions;
    private final PartnerService partners;
    private final List<StaffMember> staffList;
    private final Long editedId;
    private final long version;
    private final ZoneId zone;
    private final Long me;
    private final List<FollowUpRow> rows = new ArrayList<>();

    LogInteractionDialog(
            InteractionService interactions, PartnerService partners, InteractionForm form, Long editedId, Long me) {
        this.interactions = interactions;
        this.partners = partners;
        this.editedId = editedId;
        this.version = form.getVersion();
        this.zone = form.getTimeZone();
        this.me = me;
        this.staffList = partners.possibleOwners();
        setHeaderTitle(editedId == null ? "Log interaction" : "Edit interaction");
        setWidth("min(52rem, 96vw)");
        addClassName("log-interaction");

        configureFields();
        fill(form);

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 4));
        layout.add(partnerPicker, 4);
        layout.add(kind, date, time);
        layout.add(zoneLabel());
        layout.add(initiatedBy, 4);
        Div people = new Div(contacts, addContact);
        people.addClassName("inline-with-button");
        layout.add(people, 2);
        layout.add(staff, 2);
        layout.add(topics, 2);
        layout.add(missions, 2);
        layout.add(notes, 4);
        layout.add(shared, 4);
        Div followUps = new Div(followUpRows, addFollowUp);
        followUps.addClassName("follow-ups");
        layout.add(followUps, 4);
        add(layout);

        save.setText(editedId == null ? "Log interaction" : "Save changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                partnerPicker.focus();
            }
        });
    }

    private void configureFields() {
        partnerPicker.setItems(
                query -> partners.pick(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream()
                        .map(p -> new Named(p.id(), p.name())));
        partnerPicker.setItemLabelGenerator(Named::name);
        partnerPicker.setPlaceholder("Type a partner's name");
        partnerPicker.setRequiredIndicatorVisible(true);
        partnerPicker.setSelectedItemsOnTop(true);
        partnerPicker.addValueChangeListener(e -> refreshContacts());

        kind.setItems(InteractionKind.values());
        kind.setItemLabelGenerator(InteractionKind::label);
        kind.setRequiredIndicatorVisible(true);
        date.setRequiredIndicatorVisible(true);
        time.setRequiredIndicatorVisible(true);
        time.setStep(Duration.ofMinutes(15));
        initiatedBy.setItems(Initiator.values());
        initiatedBy.setItemLabelGenerator(Initiator::label);

        contacts.setItemLabelGenerator(Named::name);
        contacts.setPlaceholder("Choose partners first");
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addContact.addClickListener(e -> openNewContact());
        staff.setItems(staffList);
        staff.setItemLabelGenerator(StaffMember::displayName);
        topics.setItems(interactions.topics());
        topics.setItemLabelGenerator(Topic::label);
        topics.setPlaceholder("Community issues and themes");
        missions.setItemLabelGenerator(Named::name);
        missions.setPlaceholder("Optional");
        missions.setHelperText("Shared missions this work served");

        notes.setMaxLength(InteractionForm.NOTES_MAX);
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.addValueChangeListener(e -> notes.setHelperText(count(e.getValue())));
        notes.setMinHeight("8rem");
        shared.setTooltipText("Private by default: only library staff see interactions");

        followUpRows.setId("follow-up-rows");
        addFollowUp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFollowUp.addClickListener(e -> addRow(FollowUpDraft.of(
                        "", me, date.getValue() == null ? null : date.getValue().plusDays(7)))
                .description
                .focus());
    }

    private void fill(InteractionForm form) {
        Map<Long, String> partnerNames = partners.namesOf(form.getPartnerIds());
        partnerPicker.setValue(partnerNames.entrySet().stream()
                .map(e -> new Named(e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        kind.setValue(form.getKind());
        date.setValue(form.getDate());
        time.setValue(form.getTime());
        initiatedBy.setValue(form.getInitiatedBy());
        refreshContacts();
        Map<Long, ContactDetails> chosen = partners.contactsById(form.getContactIds());
        contacts.setValue(chosen.values().stream()
                .map(c -> new Named(c.id(), c.fullName()))
                .collect(Collectors.toSet()));
        staff.setValue(staffList.stream()
                .filter(s -> form.getStaffIds().contains(s.id()))
                .collect(Collectors.toSet()));
        List<Topic> all = interactions.topics();
        topics.setValue(all.stream()
                .filter(t -> t.isIssue()
                        ? form.getIssueIds().contains(t.issueId())
                        : form.getThemes().contains(t.theme()))
                .collect(Collectors.toSet()));
        List<Named> missionChoices = interactions.missionChoices(form.getMissionIds());
        missions.setItems(missionChoices);
        missions.setValue(missionChoices.stream()
                .filter(m -> form.getMissionIds().contains(m.id()))
                .collect(Collectors.toSet()));
        notes.setValue(form.getNotes() == null ? "" : form.getNotes());
        notes.setHelperText(count(notes.getValue()));
        shared.setValue(form.isSharedWithPartners());
        form.getFollowUps().forEach(this::addRow);
    }

    private Span zoneLabel() {
        Span label = new Span(zone.getDisplayName(TextStyle.FULL, Locale.US));
        label.addClassName("muted");
        label.addClassName("zone-label");
        return label;
    }

    private FollowUpRow addRow(FollowUpDraft draft) {
        FollowUpRow row = new FollowUpRow(draft, staffList);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            followUpRows.remove(row);
        });
        rows.add(row);
        followUpRows.add(row);
        return row;
    }

    /** Contacts come from the chosen partners; people of a partner no longer chosen drop out. */
    private void refreshContacts() {
        Set<Long> partnerIds = partnerPicker.getValue().stream().map(Named::id).collect(Collectors.toSet());
        List<Named> available = partners.contactsOf(partnerIds).stream()
                .map(c -> new Named(c.id(), c.fullName()))
                .toList();
        Set<Named> keep =
                contacts.getValue().stream().filter(available::contains).collect(Collectors.toSet());
        contacts.setItems(available);
        contacts.setValue(keep);
        contacts.setPlaceholder(partnerIds.isEmpty() ? "Choose partners first" : "Who was there");
        addContact.setEnabled(!partnerIds.isEmpty());
    }

    private void openNewContact() {
        new NewContactDialog(partners, List.copyOf(partnerPicker.getValue()), created -> {
                    refreshContacts();
                    Set<Named> chosen = new LinkedHashSet<>(contacts.getValue());
                    chosen.add(created);
                    contacts.setValue(chosen);
                })
                .open();
    }

    InteractionForm form() {
        InteractionForm form = new InteractionForm();
        form.setKind(kind.getValue());
        form.setDate(date.getValue());
        form.setTime(time.getValue());
        form.setTimeZone(zone);
        form.setInitiatedBy(initiatedBy.getValue());
        form.setPartnerIds(partnerPicker.getValue().stream().map(Named::id).collect(Collectors.toSet()));
        form.setContactIds(contacts.getValue().stream().map(Named::id).collect(Collectors.toSet()));
        form.setStaffIds(staff.getValue().stream().map(StaffMember::id).collect(Collectors.toSet()));
        form.setIssueIds(topics.getValue().stream()
                .filter(Topic::isIssue)
                .map(Topic::issueId)
                .collect(Collectors.toSet()));
        form.setThemes(topics.getValue().stream()
                .filter(t -> !t.isIssue())
                .map(Topic::theme)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class))));
        form.setMissionIds(missions.getValue().stream().map(Named::id).collect(Collectors.toSet()));
        form.setNotes(notes.getValue());
        form.setSharedWithPartners(shared.getValue());
        form.setFollowUps(rows.stream().map(FollowUpRow::draft).toList());
        form.setVersion(version);
        return form;
    }

    private void save() {
        clearErrors();
        InteractionForm form = form();
        DialogSave.save(
                this,
                fields(),
                () -> {
                    if (editedId == null) {
                        interactions.log(form);
                        return form.getKind().label() + " with " + partnerNames() + " logged.";
                    }
                    interactions.update(editedId, form);
                    return "Changes saved.";
                },
                () -> {
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ComponentUtil.fireEvent(ui, new InteractionSaved(ui));
                    }
                });
    }

    private String partnerNames() {
        return partnerPicker.getValue().stream().map(Named::name).sorted().collect(Collectors.joining(", "));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of(
                "partnerIds",
                partnerPicker,
                "kind",
                kind,
                "date",
                date,
                "time",
                time,
                "contactIds",
                contacts,
                "staffIds",
                staff,
                "topics",
                topics,
                "notes",
                notes,
                "missionIds",
                missions));
        for (int i = 0; i < rows.size(); i++) {
            FollowUpRow row = rows.get(i);
            fields.put("followUps[" + i + "].description", row.description);
            fields.put("followUps[" + i + "].ownerId", row.owner);
            fields.put("followUps[" + i + "].dueDate", row.dueDate);
        }
        return fields;
    }

    private void clearErrors() {
        for (HasValidation field :
                List.<HasValidation>of(partnerPicker, kind, date, time, contacts, staff, topics, missions, notes)) {
            field.setInvalid(false);
        }
        rows.forEach(FollowUpRow::clearErrors);
    }

    private static String count(String text) {
        return String.format(
                Locale.US, "%,d / %,d characters", text == null ? 0 : text.length(), InteractionForm.NOTES_MAX);
    }
}
