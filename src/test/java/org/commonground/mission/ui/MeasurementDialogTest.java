package org.commonground.mission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Recording a measurement on the demo's adopted air quality mission. */
@ViewTest
@WithUserDetails("staff")
class MeasurementDialogTest extends SpringBrowserlessTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");

    @Autowired
    MissionService missions;

    long airMission;

    private MissionView openAirMission() {
        airMission = missions.search(
                        new MissionFilter(MissionStatus.ADOPTED, null, null, "cleaner air"), PageRequest.of(0, 1))
                .getFirst()
                .id();
        return navigate("missions/" + airMission, MissionView.class);
    }

    @Test
    void the_page_shows_each_measure_as_an_accessible_chart_with_a_table_and_says_whether_it_is_on_track() {
        MissionView page = openAirMission();
        assertThat(page.adopt.isVisible()).isFalse();
        assertThat(page.retire.isVisible()).isTrue();
        assertThat(page.tables).hasSize(2);
        assertThat(page.tables.getFirst().getCaptionText())
                .isEqualTo("Measurements of Air sensors reporting on east-side blocks (sensors)");
        String svg =
                $(Div.class).withClassName("measure-chart").first().getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "<title id=", "<desc id=", "Target 40 sensors");
        assertThat($(Span.class).withClassName("progress").all())
                .extracting(s -> s.getText())
                .containsExactly(
                        "On track: at or ahead of the path to the target", "Off track: behind the path to the target");
    }

    @Test
    void a_measurement_before_the_adoption_is_refused_on_the_date_and_a_valid_one_is_added_to_the_table() {
        MissionView page = openAirMission();
        MissionDetails before = missions.get(airMission);
        int rows = (int) page.tables.getFirst().getBody().getRowCount();
        test(page.addMeasurement.getFirst()).click();
        MeasurementDialog dialog = $(MeasurementDialog.class).single();
        assertThat(dialog.date.getValue()).as("dated today by default").isEqualTo(LocalDate.now(LIBRARY));

        test(dialog.date).setValue(before.adoptionDate().minusDays(1));
        test(dialog.value).setValue(new BigDecimal("34"));
        test(dialog.save).click();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).startsWith("This is before the mission was adopted (");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.date).setValue(LocalDate.now(LIBRARY));
        test(dialog.value).setValue(new BigDecimal("1000000000000000"));
        test(dialog.save).click();
        assertThat(dialog.value.getErrorMessage()).startsWith("This number is too large");

        test(dialog.value).setValue(new BigDecimal("34"));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.tables.getFirst().getBody().getRowCount()).isEqualTo(rows + 1);
        assertThat(page.tables
                        .getFirst()
                        .getBody()
                        .getRows()
                        .getFirst()
                        .getDataCells()
                        .get(1)
                        .getText())
                .isEqualTo("34 sensors");
    }
}
