package org.commonground.rubric.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.commonground.rubric.AttestationService;
import org.commonground.rubric.IndicatorDetails;
import org.commonground.rubric.RubricService;
import org.commonground.rubric.StageDetails;
import org.commonground.rubric.StrandDetails;
import org.commonground.security.Role;
import org.commonground.shared.RecordNotFoundException;

/**
 * One strand explained as of a date: its score and stage, then stage by stage the end goal and each
 * indicator with its fraction, the rule in one sentence, the records behind it, what is still missing, and
 * its attestations.
 */
@Route("rubric/:strandKey([a-z-]{2,40})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class StrandView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String KEY = "strandKey";
    static final String AS_OF = "asOf";

    final DatePicker asOf = new DatePicker("Scores as of");
    private final RubricService rubric;
    private final AttestationService attestations;
    private StrandDetails strand;

    public StrandView(RubricService rubric, AttestationService attestations) {
        this.rubric = rubric;
        this.attestations = attestations;
        addClassName("page");
        addClassName("strand-page");
        asOf.setMax(rubric.today());
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && strand != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        StrandView.class, parameters(strand.strand().key()), asOf(e.getValue(), rubric.today())));
            }
        });
    }

    public static RouteParameters parameters(String strandKey) {
        return new RouteParameters(KEY, strandKey);
    }

    /** The query that shows scores as of {@code day}: none for today. */
    static QueryParameters asOf(LocalDate day, LocalDate today) {
        return day == null || day.equals(today) ? QueryParameters.empty() : QueryParameters.of(AS_OF, day.toString());
    }

    /** The date the query asks for: today if it names none, cannot be read, or lies in the future. */
    static LocalDate parseAsOf(QueryParameters query, LocalDate today) {
        List<String> values = query.getParameters().getOrDefault(AS_OF, List.of());
        if (values.isEmpty()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(values.getFirst());
            return day.isAfter(today) || day.isBefore(today.minusYears(20)) ? today : day;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get(KEY).orElseThrow();
        LocalDate day = parseAsOf(event.getLocation().getQueryParameters(), rubric.today());
        try {
            strand = rubric.strand(key, day);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        asOf.setValue(day);
        render();
    }

    @Override
    public String getPageTitle() {
        return strand == null ? "Rubric strand" : "Rubric: " + strand.strand().title();
    }

    void render() {
        removeAll();
        Span area = new Span(strand.strand().areaTitle());
        area.addClassName("muted");
        Span score = new Span(strand.score().formatted());
        score.addClassName("figure");
        score.setId("strand-score");
        Span outOf = new Span(" out of 10 ");
        outOf.addClassName("visually-hidden");
        Span stage = new Span(strand.score().stage().labelWithBand());
        stage.setId("strand-stage");
        stage.addClassName("stage");
        stage.addClassName("stage-" + strand.score().stage().name().toLowerCase(Locale.ROOT));
        Div headline = new Div(score, outOf, stage);
        headline.addClassName("strand-headline");
        RouterLink all = new RouterLink("All strands", RubricView.class);
        all.setQueryParameters(asOf(strand.asOf(), rubric.today()));
        Div tools = new Div(asOf, all);
        tools.addClassName("toolbar");
        add(
                new H1(strand.strand().title()),
                area,
                headline,
                tools,
                new Paragraph("Stages build on each other. The "
                        + "score runs from 1 to 4 while the Aware indicators are incomplete (1 + 3 × their average), from 4 to 7 "
                        + "on the Intentional ones once Aware is complete, and from 7 to 10 on the Purposeful ones after that. "
                        + "Evidence counts within each indicator's look-back window, up to the date chosen."));
        for (StageDetails stageDetails : strand.stages()) {
            add(stage(stageDetails));
        }
    }

    private Div stage(StageDetails stage) {
        Div section = new Div();
        section.addClassName("stage-section");
        section.setId("stage-" + stage.stage().stage().name().toLowerCase(Locale.ROOT));
        H2 heading = new H2(stage.stage().stage().labelWithBand());
        Span done = new Span(
                stage.stage().hasIndicators()
                        ? Math.round(stage.fraction() * 100) + " % complete"
                        : "nothing to complete");
        done.addClassName("muted");
        Paragraph goal = new Paragraph("End goal: " + stage.stage().endGoalText());
        goal.addClassName("end-goal");
        section.add(heading, done, goal);
        if (!stage.stage().hasIndicators()) {
            section.add(new Paragraph("The rubric leaves this stage's end goal and indicators blank, so there is "
                    + "nothing to show here yet. It does not hold the strand back."));
        }
        for (IndicatorDetails indicator : stage.indicators()) {
            section.add(new IndicatorSection(indicator, strand.asOf(), attestations, this::reload));
        }
        return section;
    }

    private void reload() {
        strand = rubric.strand(strand.strand().key(), strand.asOf());
        render();
    }
}
