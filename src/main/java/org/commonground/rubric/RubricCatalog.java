package org.commonground.rubric;

import java.io.IOException;
import java.io.InputStream;
import org.commonground.rubric.rule.RuleEngine;
import org.springframework.stereotype.Component;

/** The rubric the application ships with, loaded and checked once at start-up. */
@Component
public class RubricCatalog {

    static final String LOCATION = "rubric/rubric.yml";

    private final RubricDefinition definition;

    RubricCatalog(RuleEngine engine) throws IOException {
        try (InputStream in = RubricCatalog.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("The rubric data " + LOCATION + " is missing from the application");
            }
            this.definition = new RubricLoader(engine).load(in);
        }
        definition.indicators().forEach(indicator -> engine.prepare(indicator.rule()));
    }

    public RubricDefinition definition() {
        return definition;
    }
}
