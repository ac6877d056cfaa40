package org.commonground.api;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/openapi.json}: the read API's OpenAPI 3.1 description, written by hand next to the
 * controller ({@code api/openapi.json}); {@code OpenApiDescriptionTest} keeps its paths, parameters and
 * enumerations equal to what the controller serves. Public, so a client can be set up before it has a token.
 */
@RestController
class OpenApiController {

    static final String RESOURCE = "/api/openapi.json";

    private final byte[] description;

    OpenApiController() throws IOException {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            this.description = in.readAllBytes();
        }
    }

    @GetMapping(path = "/api/v1/openapi.json")
    ResponseEntity<byte[]> description() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache())
                .body(description);
    }
}
