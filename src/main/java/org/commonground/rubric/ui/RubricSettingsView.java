package org.commonground.rubric.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commonground.rubric.IndicatorTuning;
import org.commonground.rubric.RubricService;
import org.commonground.rubric.RubricSettingsService;
import org.commonground.rubric.StrandDefinition;
import org.commonground.rubric.rule.Tunable;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;

/**
 * Administrators tune the rubric's parameters — thresholds and look-back windows — indicator by indicator.
 * A change applies from the moment it is saved (earlier dates keep theirs) and is listed with who made it.
 */
@Route("admin/rubric")
@PageTitle("Rubric settings")
@Menu(order = 93, icon = "vaadin:sliders", title = "Rubric settings")
@RolesAllowed(Role.ADMIN_ROLE)
public class RubricSettingsView extends Main {

    private final RubricSettingsService settings;
    private final RubricService rubric;
    private final CommonGroundProperties properties;

    public RubricSettingsView(RubricSettingsService settings, RubricService rubric, CommonGroundProperties properties) {
        this.settings = settings;
        this.rubric = rubric;
        this.properties = properties;
        addClassName("page");
        addClassName("rubric-settings");
        render();
    }

    private void render() {
        removeAll();
        add(
                new H1("Rubric settings"),
                new Paragraph("Each indicator's score is computed by a rule with a few "
                        + "numbers: how many records it asks for, how far back evidence counts, when a share counts as full. "
                        + "A change applies from the moment you save it; scores for earlier dates keep the settings of their "
                        + "day, so past trends do not shift."));
        Map<String, List<IndicatorTuning>> byStrand = settings.tunings().stream()
                .collect(
                        Collectors.groupingBy(t -> t.indicator().strandKey(), LinkedHashMap::new, Collectors.toList()));
        for (StrandDefinition strand : rubric.definition().strands()) {
            List<IndicatorTuning> tunings = byStrand.getOrDefault(strand.key(), List.of());
            if (tunings.isEmpty()) {
                continue;
            }
            add(new H2(strand.areaTitle() + ": " + strand.title()));
            tunings.forEach(t -> add(indicator(t)));
        }
    }

    private Component indicator(IndicatorTuning tuning) {
        H3 heading = new H3(
                tuning.indicator().stage().label() + " · " + tuning.indicator().shortText());
        UnorderedList values = new UnorderedList();
        for (Tunable t : tuning.tunables()) {
            Integer current = tuning.current().get(t.name());
            Integer shipped = tuning.defaults().get(t.name());
            Span text = new Span(
                    t.label() + ": " + current + (current.equals(shipped) ? "" : " (shipped: " + shipped + ")"));
            values.add(new ListItem(text));
        }
        Button edit = new Button(
                "Change…", VaadinIcon.EDIT.create(), e -> new TuningDialog(settings, tuning, this::render).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel("Change the settings of " + tuning.indicator().shortText());
        Div box = new Div(heading, values, edit);
        box.addClassName("tuning");
        box.setId("tuning-" + tuning.indicator().key().replace('.', '-'));
        if (!tuning.changes().isEmpty()) {
            UnorderedList history = new UnorderedList();
            for (IndicatorTuning.Change change : tuning.changes()) {
                history.add(new ListItem(Formats.dateTime(change.at(), properties.timeZone()) + " by "
                        + Formats.orDash(change.by()) + ": " + describe(tuning, change)
                        + (change.note() == null ? "" : " — “" + change.note() + "”")));
            }
            box.add(new Details("Changes (" + tuning.changes().size() + ")", history));
        }
        return box;
    }

    private static String describe(IndicatorTuning tuning, IndicatorTuning.Change change) {
        return tuning.tunables().stream()
                .filter(t -> !Objects.equals(
                        change.before().get(t.name()), change.after().get(t.name())))
                .map(t -> t.label() + " " + change.before().get(t.name()) + " → "
                        + change.after().get(t.name()))
                .collect(Collectors.joining("; "));
    }
}
