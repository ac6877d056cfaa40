package org.commonground.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.commonground.schedule.CalendarFilter;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.SeriesAttendance;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.EmptyDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** Generated check-ins are series the app reads: calendar, series pages, attendance; new ones can follow. */
// The scale generator writes its own ids, so its tests share a context (and database) of their own that no
// other test writes to through Hibernate, and each empties it first.
@DataTest
@TestPropertySource(properties = "commonground.test.context=scale-data")
@WithMockUser(username = "sam", roles = "STAFF")
class ScaleCheckInsDataTest {

    @Autowired
    JdbcTemplate wipeJdbc;

    @BeforeEach
    void emptyDatabase() {
        EmptyDatabase.wipe(wipeJdbc);
    }

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    ScheduleService schedule;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generates_series_with_exceptions_the_app_reads_and_refuses_to_generate_twice() {
        generator.generate(30, 7L);
        generator.generateCheckIns(60, 7L);

        assertThat(jdbc.queryForObject("select count(*) from meeting_series", Long.class))
                .isEqualTo(60);
        long withExceptions = jdbc.queryForObject("select count(distinct series_id) from occurrence", Long.class);
        assertThat(withExceptions).isBetween(8L, 30L);
        long director =
                jdbc.queryForObject("select min(id) from user_account where username like 'scale-staff-%'", Long.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_series_staff where user_id = ?", Long.class, director))
                .isEqualTo(60);

        Instant now = Instant.now();
        assertThat(schedule.calendar(now, now.plus(31, ChronoUnit.DAYS), CalendarFilter.none()))
                .isNotEmpty();
        for (long id = 1; id <= 60; id++) {
            assertThat(schedule.get(id).sentence()).isNotBlank();
        }
        assertThat(schedule.attendance(now.minus(365, ChronoUnit.DAYS), now))
                .extracting(SeriesAttendance::held)
                .anyMatch(held -> held > 0);
        assertThatThrownBy(() -> generator.generateCheckIns(5, 7L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds 60 meeting series");
    }
}
