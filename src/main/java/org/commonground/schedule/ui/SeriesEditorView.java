package org.commonground.schedule.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;
import org.commonground.schedule.ImportedInvitation;
import org.commonground.schedule.Option;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.Sentence;
import org.commonground.schedule.SeriesForm;
import org.commonground.schedule.SeriesPreview;
import org.commonground.security.Role;
import org.commonground.security.StaffMember;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/**
 * Schedule a meeting series, or change one (all of it, or "this and following" from an upcoming
 * occurrence). As the user chooses, the page says the rule as a sentence and lists the next six dates.
 */
@Route("series/new")
@RouteAlias("series/:seriesId([0-9]{1,18})/edit")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
@StyleSheet("styles/schedule.css")
public class SeriesEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter PREVIEW_DAY = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu 'at' HH:mm", Locale.US);
    static final List<Integer> REMINDERS = List.of(1, 2, 4, 24, 48, 168);

    final TextField title = new TextField("Title");
    final MultiSelectComboBox<Option> partnerPicker = new MultiSelectComboBox<>("Partners");
    final ComboBox<StaffMember> organizer = new ComboBox<>("Organizer");
    final MultiSelectComboBox<StaffMember> staff = new MultiSelectComboBox<>("Library staff invited");
    final MultiSelectComboBox<Option> contacts = new MultiSelectComboBox<>("Contacts invited");
    final TextField location = new TextField("Location");
    final TextField videoLink = new TextField("Video link");
    final DatePicker startDate = new DatePicker("First meeting");
    final TimePicker startTime = new TimePicker("Start time");
    final ComboBox<ZoneId> timeZone = new ComboBox<>("Time zone");
    final IntegerField duration = new IntegerField("Length");
    final Select<Integer> reminder = new Select<>();
    final TextArea notes = new TextArea("Notes and agenda");
    final RecurrenceFields recurrence = new RecurrenceFields(this::refreshPreview);
    final Paragraph sentence = new Paragraph();
    final UnorderedList preview = new UnorderedList();
    final Button save = new Button();

    private final Clock clock;
    private final ScheduleService schedule;
    private final PartnerService partners;
    private final H1 heading = new H1();
    private Long seriesId;
    private LocalDateTime changeFrom;
    private ImportedInvitation imported;
    private long version;
    private boolean filling;

    public SeriesEditorView(ScheduleService schedule, PartnerService partners, Clock clock) {
        this.clock = clock;
        this.schedule = schedule;
        this.partners = partners;
        addClassName("page");
        addClassName("series-editor");
        configure();

        FormLayout who = new FormLayout();
        who.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        who.add(title, 2);
        who.add(partnerPicker, 2);
        who.add(organizer, staff);
        who.add(contacts, 2);
        who.add(location, videoLink);

        FormLayout when = new FormLayout();
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 4));
        when.add(startDate, startTime, timeZone, duration);

        Div live = new Div(new H2("Schedule"), sentence, preview);
        live.addClassName("series-preview");
        sentence.setId("series-sentence");
        sentence.getElement().setAttribute("aria-live", "polite");
        preview.setId("series-preview");
        preview.getElement().setAttribute("aria-label", "Next six meetings");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> leave());
        Div actions = new Div(save, cancel);
        actions.addClassName("toolbar");

        Div columns = new Div(new Div(who, when, recurrence, reminder, notes), live);
        columns.addClassName("series-editor-columns");
        add(heading, columns, actions);
    }

    private void configure() {
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(SeriesForm.TITLE_MAX);
        title.setPlaceholder("Monthly check-in with the Mayor's office");
        partnerPicker.setItems(q -> partners.pick(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream()
                .map(p -> new Option(p.id(), p.name())));
        partnerPicker.setItemLabelGenerator(Option::name);
        partnerPicker.setPlaceholder("Type a partner's name");
        partnerPicker.setRequiredIndicatorVisible(true);
        partnerPicker.setSelectedItemsOnTop(true);
        partnerPicker.addValueChangeListener(e -> refreshContacts());
        List<StaffMember> people = schedule.staff();
        organizer.setItems(people);
        organizer.setItemLabelGenerator(StaffMember::displayName);
        organizer.setRequiredIndicatorVisible(true);
        staff.setItems(people);
        staff.setItemLabelGenerator(StaffMember::displayName);
        contacts.setItemLabelGenerator(Option::name);
        contacts.setPlaceholder("Choose partners first");
        location.setMaxLength(SeriesForm.LOCATION_MAX);
        location.setPlaceholder("City Hall, room 204");
        videoLink.setMaxLength(SeriesForm.LINK_MAX);
        videoLink.setPlaceholder("https://…");
        startDate.setRequiredIndicatorVisible(true);
        startDate.setHelperText("The first date the repeat gives on or after it");
        startTime.setRequiredIndicatorVisible(true);
        startTime.setStep(Duration.ofMinutes(15));
        timeZone.setItems(
                ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
        timeZone.setItemLabelGenerator(
                z -> z.getId() + " (" + Sentence.zoneName(ZonedDateTime.now(clock.withZone(z))) + ")");
        timeZone.setRequiredIndicatorVisible(true);
        duration.setMin(5);
        duration.setMax(720);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        duration.setSuffixComponent(new Span("minutes"));
        reminder.setLabel("E-mail reminder");
        reminder.setItems(REMINDERS);
        reminder.setEmptySelectionAllowed(true);
        reminder.setEmptySelectionCaption("No reminder");
        reminder.setItemLabelGenerator(h -> h == null
                ? "No reminder"
                : h == 1
                        ? "1 hour before"
                        : h % 24 == 0 ? (h / 24 == 1 ? "1 day before" : h / 24 + " days before") : h + " hours before");
        notes.setMaxLength(SeriesForm.NOTES_MAX);
        notes.setWidthFull();
        startDate.addValueChangeListener(e -> {
            if (!filling && e.isFromClient()) {
                filling = true;
                recurrence.followDate(e.getValue());
                filling = false;
            }
            refreshPreview();
        });
        startTime.addValueChangeListener(e -> refreshPreview());
        timeZone.addValueChangeListener(e -> refreshPreview());
        duration.addValueChangeListener(e -> refreshPreview());
    }

    public static QueryParameters forPartner(long partnerId) {
        return QueryParameters.of("partner", String.valueOf(partnerId));
    }

    public static QueryParameters from(LocalDateTime original) {
        return QueryParameters.of("from", original.toString());
    }

    public static RouteParameters editing(long seriesId) {
        return new RouteParameters("seriesId", String.valueOf(seriesId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seriesId = event.getRouteParameters().get("seriesId").map(Long::valueOf).orElse(null);
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        SeriesForm form;
        try {
            if (seriesId != null) {
                form = schedule.formFor(seriesId);
                changeFrom = query.getOrDefault("from", List.of()).stream()
                        .findFirst()
                        .map(LocalDateTime::parse)
                        .orElse(null);
                if (changeFrom != null) {
                    form.setStartDate(changeFrom.toLocalDate());
                }
            } else {
                imported = UI.getCurrent() == null
                        ? null
                        : ComponentUtil.getData(UI.getCurrent(), ImportedInvitation.class);
                if (imported != null) {
                    ComponentUtil.setData(UI.getCurrent(), ImportedInvitation.class, null);
                    form = imported.form();
                } else {
                    Long partnerId = query.getOrDefault("partner", List.of()).stream()
                            .findFirst()
                            .filter(p -> p.matches("[0-9]{1,18}"))
                            .map(Long::valueOf)
                            .orElse(null);
                    form = schedule.newForm(partnerId);
                }
            }
        } catch (RecordNotFoundException | DateTimeParseException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        version = form.getVersion();
        heading.setText(getPageTitle());
        save.setText(
                seriesId == null ? "Schedule series" : changeFrom != null ? "Save from this date on" : "Save changes");
        fill(form);
    }

    @Override
    public String getPageTitle() {
        if (seriesId == null) {
            return imported != null ? "Import invitation" : "New meeting series";
        }
        return changeFrom != null ? "Change this and following" : "Edit meeting series";
    }

    private void fill(SeriesForm form) {
        filling = true;
        title.setValue(form.getTitle() == null ? "" : form.getTitle());
        Map<Long, String> names = schedule.partnerNames(form.getPartnerIds());
        partnerPicker.setValue(names.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        refreshContacts();
        Set<Long> invited = form.getContactIds();
        contacts.setValue(contactOptions(form.getPartnerIds()).stream()
                .filter(o -> invited.contains(o.id()))
                .collect(Collectors.toSet()));
        List<StaffMember> people = schedule.staff();
        organizer.setValue(people.stream()
                .filter(p -> p.id() == (form.getOrganizerId() == null ? -1 : form.getOrganizerId()))
                .findFirst()
                .orElse(null));
        staff.setValue(
                people.stream().filter(p -> form.getStaffIds().contains(p.id())).collect(Collectors.toSet()));
        location.setValue(form.getLocation() == null ? "" : form.getLocation());
        videoLink.setValue(form.getVideoLink() == null ? "" : form.getVideoLink());
        startDate.setValue(form.getStartDate());
        startTime.setValue(form.getStartTime());
        timeZone.setValue(form.getTimeZone());
        duration.setValue(form.getDurationMinutes());
        reminder.setValue(form.getReminderHours());
        notes.setValue(form.getNotes() == null ? "" : form.getNotes());
        recurrence.fill(form);
        filling = false;
        refreshPreview();
    }

    SeriesForm form() {
        SeriesForm form = new SeriesForm();
        form.setTitle(title.getValue());
        form.setPartnerIds(partnerPicker.getValue().stream().map(Option::id).collect(Collectors.toSet()));
        form.setOrganizerId(
                organizer.getValue() == null ? null : organizer.getValue().id());
        form.setStaffIds(staff.getValue().stream().map(StaffMember::id).collect(Collectors.toSet()));
        form.setContactIds(contacts.getValue().stream().map(Option::id).collect(Collectors.toSet()));
        form.setLocation(location.getValue());
        form.setVideoLink(videoLink.getValue());
        form.setStartDate(startDate.getValue());
        form.setStartTime(startTime.getValue());
        form.setTimeZone(timeZone.getValue());
        form.setDurationMinutes(duration.getValue());
        form.setReminderHours(reminder.getValue());
        form.setNotes(notes.getValue());
        recurrence.copyTo(form);
        form.setVersion(version);
        return form;
    }

    /** The live sentence and next six dates, or what keeps them from being worked out. */
    void refreshPreview() {
        if (filling) {
            return;
        }
        SeriesPreview result = schedule.preview(form());
        preview.removeAll();
        if (!result.valid()) {
            sentence.setText(
                    "To see the dates: " + String.join(" ", result.problems().values()));
            sentence.addClassName("muted");
            return;
        }
        sentence.removeClassName("muted");
        sentence.setText(result.sentence());
        if (result.next().isEmpty()) {
            preview.add(new ListItem("No more meetings: the series has ended."));
        }
        result.next().forEach(d -> preview.add(new ListItem(PREVIEW_DAY.format(d))));
    }

    private void refreshContacts() {
        Set<Long> chosen = partnerPicker.getValue().stream().map(Option::id).collect(Collectors.toSet());
        List<Option> available = contactOptions(chosen);
        Set<Option> keep =
                contacts.getValue().stream().filter(available::contains).collect(Collectors.toSet());
        contacts.setItems(available);
        contacts.setValue(keep);
        contacts.setPlaceholder(chosen.isEmpty() ? "Choose partners first" : "Who is invited");
    }

    private List<Option> contactOptions(Set<Long> partnerIds) {
        return schedule.contactsOf(partnerIds).stream()
                .map((ContactDetails c) -> new Option(c.id(), c.fullName()))
                .toList();
    }

    void save() {
        clearErrors();
        SeriesForm form = form();
        try {
            long id;
            if (seriesId == null && imported != null) {
                id = schedule.createImported(imported, form);
                Feedback.saved("Invitation imported as “" + form.getTitle().strip() + "”.");
            } else if (seriesId == null) {
                id = schedule.create(form);
                Feedback.saved("“" + form.getTitle().strip() + "” scheduled.");
            } else if (changeFrom != null) {
                id = schedule.changeFrom(seriesId, changeFrom, form);
                Feedback.saved("Changed from " + startDate.getValue() + " on; earlier meetings stay as they were.");
            } else {
                schedule.update(seriesId, form);
                id = seriesId;
                Feedback.saved("Changes saved. Subscribed calendars pick them up at their next refresh.");
            }
            UI.getCurrent().navigate(SeriesView.class, SeriesView.parameters(id));
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e.fieldMessages(), fields());
            if (!rest.isEmpty()) {
                Feedback.error(rest);
            }
        } catch (StaleRecordException | RecordNotFoundException e) {
            Feedback.error(e.getMessage());
        }
    }

    private void leave() {
        if (seriesId != null) {
            UI.getCurrent().navigate(SeriesView.class, SeriesView.parameters(seriesId));
        } else {
            UI.getCurrent().navigate(CalendarView.class);
        }
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(recurrence.fields());
        fields.putAll(Map.of(
                "title",
                title,
                "partnerIds",
                partnerPicker,
                "organizerId",
                organizer,
                "staffIds",
                staff,
                "contactIds",
                contacts,
                "location",
                location,
                "videoLink",
                videoLink,
                "startDate",
                startDate,
                "startTime",
                startTime,
                "timeZone",
                timeZone));
        fields.put("durationMinutes", duration);
        fields.put("reminderHours", reminder);
        fields.put("notes", notes);
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }
}
