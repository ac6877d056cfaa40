package org.commonground.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A data test that needs the database to itself: it empties it ({@link EmptyDatabase#wipe}) before it fills it
 * (the rubric scenarios). These share one second context — one database per run — so they never wipe what other
 * data tests made. Exports are read in chunks of two here, so the export
 * tests cross chunk boundaries with few rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataTest
@TestPropertySource(properties = "commonground.export.chunk-size=2")
public @interface OwnDatabaseTest {}
