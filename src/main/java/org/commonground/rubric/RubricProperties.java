package org.commonground.rubric;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code commonground.rubric.*}.
 *
 * @param cacheSeconds how long computed findings are reused while no record they read changes (0 turns the
 *     cache off); they expire at all because "today" moves on
 * @param attestationFileMaxBytes the largest file an attestation may carry
 */
@ConfigurationProperties("commonground.rubric")
public record RubricProperties(Long cacheSeconds, DataSize attestationFileMaxBytes) {

    public RubricProperties {
        cacheSeconds = cacheSeconds == null ? 3600 : cacheSeconds;
        attestationFileMaxBytes = attestationFileMaxBytes == null ? DataSize.ofMegabytes(10) : attestationFileMaxBytes;
    }
}
