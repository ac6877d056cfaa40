package org.commonground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The layout rules of docs/architecture.md, checked on every build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.commonground");
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void a_feature_reaches_another_feature_through_its_service_never_its_repository() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(onlyBeUsedInsideTheirOwnPackage())
                .check(classes);
    }

    @Test
    void only_views_depend_on_views() {
        // The security wiring names the sign-in and change-password views; the application shell is UI itself.
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.commonground.app..")
                .and()
                .doNotHaveSimpleName("PasswordChangeGuard")
                .and()
                .doNotHaveSimpleName("SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.commonground..ui..")
                .check(classes);
    }

    @Test
    void features_form_no_cycles() {
        // The application shell (org.commonground.app) sits above every feature; nothing depends on it.
        slices().matching("org.commonground.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothing_depends_on_the_application_shell() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.commonground.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.commonground.app..")
                .check(classes);
    }

    @Test
    void a_feature_never_reaches_another_features_entities() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should(onlyBeUsedInsideTheirOwnFeature())
                .check(classes);
    }

    @Test
    void repositories_are_not_public() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(classes);
    }

    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        String rest = name.startsWith("org.commonground.") ? name.substring("org.commonground.".length()) : name;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirOwnFeature() {
        return new ArchCondition<>("only be used inside their own feature") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                entity.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass user = dependency.getOriginClass();
                    if (!feature(user).equals(feature(entity))) {
                        events.add(SimpleConditionEvent.violated(
                                dependency, user.getName() + " uses the entity " + entity.getName()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirOwnPackage() {
        return new ArchCondition<>("only be used inside their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().forEach(access -> {
                    JavaClass user = access.getOriginOwner();
                    if (!user.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(
                                access,
                                user.getName() + " uses " + repository.getSimpleName() + " from another feature"));
                    }
                });
            }
        };
    }
}
