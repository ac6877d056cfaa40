package org.commonground.dataimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code commonground.import.*}.
 *
 * @param maxBytes the largest file an import reads (default 10 MB); larger uploads are refused on the server
 */
@ConfigurationProperties("commonground.import")
public record ImportProperties(DataSize maxBytes) {

    public ImportProperties {
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(10) : maxBytes;
    }
}
