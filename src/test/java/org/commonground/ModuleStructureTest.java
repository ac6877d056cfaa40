package org.commonground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages as Spring Modulith sees them: every module reaches another only through its top package
 * or a named interface (its {@code ui} views, the rubric's {@code rule}s; {@code shared} is open to all), with no
 * cycles. The component diagrams in {@code docs/modules} are generated from this model and must match it, so the
 * picture in docs/architecture.md cannot drift: after a structural change, regenerate them with
 * {@code ./mvnw test -Dtest=ModuleStructureTest -Dcg.write-module-docs=true} and commit the result.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modules_depend_on_each_other_only_through_what_they_expose_and_without_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_diagrams_in_docs_match_the_code() throws IOException {
        Path generated = Path.of("target/module-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml(
                        Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
                .writeIndividualModulesAsPlantUml(
                        Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        List<Path> diagrams = plantUml(generated);
        assertThat(diagrams).isNotEmpty();
        if (Boolean.getBoolean("cg.write-module-docs")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> old = Files.list(DOCS)) {
                for (Path stale :
                        old.filter(p -> p.toString().endsWith(".puml")).toList()) {
                    Files.delete(stale);
                }
            }
            for (Path diagram : diagrams) {
                Files.writeString(DOCS.resolve(diagram.getFileName()), normalized(Files.readString(diagram)));
            }
        }
        assertThat(plantUml(DOCS).stream().map(p -> p.getFileName().toString()))
                .as("diagrams in docs/modules (regenerate with -Dcg.write-module-docs=true)")
                .containsExactlyInAnyOrderElementsOf(
                        diagrams.stream().map(p -> p.getFileName().toString()).toList());
        for (Path diagram : diagrams) {
            assertThat(Files.readString(DOCS.resolve(diagram.getFileName())))
                    .as(
                            "docs/modules/%s is out of date (regenerate with -Dcg.write-module-docs=true)",
                            diagram.getFileName())
                    .isEqualTo(normalized(Files.readString(diagram)));
        }
    }

    /** The Documenter writes relationships in no fixed order: sort them so the same model gives the same file. */
    static String normalized(String plantUml) {
        List<String> lines = plantUml.lines().toList();
        List<String> relations =
                lines.stream().filter(l -> l.contains(" --> ")).sorted().toList();
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (String line : lines) {
            out.append(line.contains(" --> ") ? relations.get(next++) : line).append('\n');
        }
        return out.toString();
    }

    private static List<Path> plantUml(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".puml")).sorted().toList();
        }
    }
}
