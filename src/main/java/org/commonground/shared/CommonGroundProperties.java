package org.commonground.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code commonground.*}.
 *
 * @param demoData  fill an empty database with the demo library and list the demo accounts on the login page
 * @param timeZone  the library's time zone: the default for dates, times and meeting series
 * @param libraryName shown in the header and on reports
 */
@ConfigurationProperties("commonground")
public record CommonGroundProperties(boolean demoData, ZoneId timeZone, String libraryName) {

    public CommonGroundProperties {
        timeZone = timeZone == null ? ZoneId.of("America/Chicago") : timeZone;
        libraryName = libraryName == null || libraryName.isBlank() ? "Our library" : libraryName;
    }
}
