package org.commonground.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A data-layer test: services and repositories against a real database. The build runs these
 * twice, on H2 and on PostgreSQL (the "data" tag selects them for the second run). All of them share one Spring
 * context (one database per run) with the test clock ({@link MutableClock}); tests that must empty the
 * database use {@link OwnDatabaseTest} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Tag("data")
@ExtendWith(DatabaseAvailability.class)
@Import(MutableClockConfig.class)
public @interface DataTest {}
