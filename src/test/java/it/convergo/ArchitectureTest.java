package it.convergo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** The house rules of the architecture document, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.convergo");

    @Test
    void onlyTheWorkflowPackageTouchesFlowable() {
        noClasses().that().resideOutsideOfPackage("it.convergo.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverUseRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(CLASSES);
    }

    @Test
    void everyViewDeclaresItsAccess() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOthersUserInterfaces() {
        noClasses().that().resideOutsideOfPackages("it.convergo.account..", "it.convergo.base.ui..")
                .should().dependOnClassesThat().resideInAPackage("it.convergo.account.ui..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("it.convergo.base..").and().resideOutsideOfPackage("it.convergo.base.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("it.convergo.account..", "it.convergo.notification..",
                        "it.convergo.audit..", "it.convergo.workflow..")
                .check(CLASSES);
    }

    @Test
    void theAssignmentOptimiserNeedsNoFrameworkAndNoFeature() {
        // the package-info names the module for Spring Modulith; the classes themselves stay plain Java
        noClasses().that().resideInAPackage("it.convergo.assignment..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "com.vaadin..", "org.flowable..")
                .orShould().dependOnClassesThat(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("it.convergo..")
                                .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages(
                                        "it.convergo.assignment..", "it.convergo.base")))
                .check(CLASSES);
    }
}
