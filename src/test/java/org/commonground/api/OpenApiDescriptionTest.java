package org.commonground.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.mission.MissionStatus;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerStatus;
import org.commonground.rubric.Stage;
import org.commonground.schedule.OccurrenceStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The hand-written OpenAPI description says what the controller serves: the same paths, each with the same
 * parameters, and the enumerations the API accepts and answers with the values of the app's own enums. A
 * new endpoint or parameter without its description fails here.
 */
class OpenApiDescriptionTest {

    static JsonNode description;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = OpenApiDescriptionTest.class.getResourceAsStream(OpenApiController.RESOURCE)) {
            description = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void it_is_openapi_3_1_with_the_bearer_token_scheme() {
        assertThat(description.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(description
                        .path("components")
                        .path("securitySchemes")
                        .path("apiToken")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void every_endpoint_is_described_with_its_parameters_and_nothing_else_is() {
        Map<String, Set<String>> served = new TreeMap<>();
        String base =
                ReadApiController.class.getAnnotation(RequestMapping.class).path()[0];
        for (Method method : ReadApiController.class.getDeclaredMethods()) {
            GetMapping get = method.getAnnotation(GetMapping.class);
            if (get == null) {
                continue;
            }
            Set<String> parameters = new TreeSet<>();
            for (Parameter p : method.getParameters()) {
                RequestParam query = p.getAnnotation(RequestParam.class);
                PathVariable path = p.getAnnotation(PathVariable.class);
                if (query != null) {
                    parameters.add(
                            query.value().isEmpty()
                                    ? query.name().isEmpty() ? p.getName() : query.name()
                                    : query.value());
                } else if (path != null) {
                    parameters.add(path.value().isEmpty() ? p.getName() : path.value());
                }
            }
            served.put(base + get.value()[0], parameters);
        }
        served.put("/api/v1/openapi.json", Set.of());

        Map<String, Set<String>> described = new TreeMap<>();
        description.path("paths").properties().forEach(e -> {
            Set<String> parameters = new TreeSet<>();
            e.getValue()
                    .path("get")
                    .path("parameters")
                    .forEach(p -> parameters.add(p.path("name").asString()));
            described.put(e.getKey(), parameters);
            assertThat(e.getValue().properties())
                    .as(e.getKey() + ": read-only")
                    .extracting(Map.Entry::getKey)
                    .containsExactly("get");
        });
        assertThat(described).isEqualTo(served);
    }

    @Test
    void enumerations_are_the_apps_own() {
        assertEnum(parameter("/api/v1/partners", "kind"), PartnerKind.values());
        assertEnum(parameter("/api/v1/partners", "status"), PartnerStatus.values());
        assertEnum(parameter("/api/v1/commitments", "status"), CommitmentStatus.values());
        assertEnum(parameter("/api/v1/commitments", "direction"), CommitmentDirection.values());
        assertEnum(parameter("/api/v1/missions", "status"), MissionStatus.values());
        JsonNode schemas = description.path("components").path("schemas");
        assertEnum(schemas.path("StrandScore").path("properties").path("stage"), Stage.values());
        Set<String> occurrence =
                values(schemas.path("Occurrence").path("properties").path("status"));
        Set<String> expected = new HashSet<>(
                Arrays.stream(OccurrenceStatus.values()).map(Enum::name).toList());
        expected.add(ReadApiController.SCHEDULED);
        assertThat(occurrence).isEqualTo(expected);
    }

    @Test
    void the_page_size_limit_is_the_controllers() {
        assertThat(parameter("/api/v1/interactions", "size").path("maximum").asInt())
                .isEqualTo(ReadApiController.MAX_SIZE);
    }

    private static JsonNode parameter(String path, String name) {
        for (JsonNode p : description.path("paths").path(path).path("get").path("parameters")) {
            if (p.path("name").asString().equals(name)) {
                return p.path("schema");
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    private static void assertEnum(JsonNode schema, Enum<?>[] values) {
        assertThat(values(schema))
                .as(schema.toString())
                .isEqualTo(new HashSet<>(Arrays.stream(values).map(Enum::name).toList()));
    }

    private static Set<String> values(JsonNode schema) {
        Set<String> values = new HashSet<>();
        schema.path("enum").forEach(v -> values.add(v.asString()));
        return values;
    }
}
