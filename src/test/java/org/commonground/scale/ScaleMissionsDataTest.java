package org.commonground.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.commonground.mission.MeasureFacts;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionForm;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.EmptyDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** Generated missions are missions the app itself would accept, and the app goes on working after them. */
// The scale generator writes its own ids, so its tests share a context (and database) of their own that no
// other test writes to through Hibernate, and each empties it first.
@DataTest
@TestPropertySource(properties = "commonground.test.context=scale-data")
@WithMockUser(username = "sam", roles = "STAFF")
class ScaleMissionsDataTest {

    @Autowired
    JdbcTemplate wipeJdbc;

    @BeforeEach
    void emptyDatabase() {
        EmptyDatabase.wipe(wipeJdbc);
    }

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    MissionService missions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generates_missions_with_measures_and_measurements_dated_while_the_mission_exists() {
        ScaleDataGenerator.Result result = generator.generate(40, 0, 60, 600, 11L);

        assertThat(result.missions()).isEqualTo(60);
        assertThat(result.measures()).isBetween(60, 180);
        assertThat(missions.count(MissionFilter.all())).isEqualTo(60);
        assertThat(jdbc.queryForObject("select count(*) from measurement", Long.class))
                .isEqualTo(600);
        assertThat(jdbc.queryForObject("""
                select count(*) from measurement x
                join evaluation_measure m on m.id = x.measure_id
                join shared_mission s on s.id = m.mission_id
                where x.measured_on < coalesce(s.adoption_date, cast(s.created_at as date) - 1)
                   or x.measured_on > ?""", Long.class, LocalDate.now(ZoneId.of("America/Chicago"))))
                .isZero();
        assertThat(missions.count(new MissionFilter(MissionStatus.ADOPTED, null, null, null)))
                .isPositive();

        long first = jdbc.queryForObject("select min(id) from shared_mission", Long.class);
        MissionDetails details = missions.get(first);
        assertThat(details.signatories()).isNotEmpty();
        List<MeasureFacts> facts = missions.measureFacts(first);
        assertThat(facts).isNotEmpty().allSatisfy(f -> assertThat(f.hasTarget()).isTrue());

        MissionForm form = new MissionForm();
        form.setStatement("Created after the scale data");
        form.setIssueId(missions.issues().getFirst().id());
        form.setOwnerId(missions.possibleOwners().getFirst().id());
        form.setSignatoryPartnerIds(Set.of(1L));
        assertThat(missions.create(form)).isGreaterThan(60);
    }
}
