package org.commonground.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The generator as a command: start the app with the {@code scale} profile (see docs/benchmarks.md);
 * it fills the database and, unless told otherwise, stops.
 */
@Component
@Profile("scale")
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(ScaleProperties.class)
class ScaleDataCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataCommand.class);

    private final ScaleDataGenerator generator;
    private final ScaleProperties properties;
    private final ConfigurableApplicationContext context;

    ScaleDataCommand(ScaleDataGenerator generator, ScaleProperties properties, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = 0;
        try {
            generator.generate(
                    properties.partners(),
                    properties.interactions(),
                    properties.missions(),
                    properties.measurements(),
                    properties.seed());
            generator.generateCommitments(properties.commitments(), properties.seed());
            generator.generateCheckIns(properties.checkIns(), properties.seed());
        } catch (IllegalStateException e) {
            log.error(e.getMessage());
            exitCode = 1;
        }
        if (properties.exit()) {
            int code = exitCode;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
