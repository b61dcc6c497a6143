package dev.gantry.ui.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.gantry.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule uiDoesNotUseDockerJava = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
            .because("the UI sees the adapter's narrow API only");

    @ArchTest
    static final ArchRule uiDoesNotWireTheAdapterImplementation = noClasses()
            .should().dependOnClassesThat().resideInAPackage("dev.gantry.adapter.docker..")
            .because("only app wires the docker-java implementation in");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheApp = noClasses()
            .should().dependOnClassesThat().resideInAPackage("dev.gantry.app..");

    @ArchTest
    static final ArchRule viewModelsDoNotReferenceControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "org.fxmisc..")
            .because("a ViewModel exposes properties and never references controls");
}
