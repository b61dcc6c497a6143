package dev.gantry.adapter.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.gantry.adapter", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

    @ArchTest
    static final ArchRule adapterDoesNotUseJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("docker-adapter runs without a UI toolkit");

    @ArchTest
    static final ArchRule adapterDoesNotKnowUiOrApp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.gantry.ui..", "dev.gantry.app..");

    @ArchTest
    static final ArchRule apiIsFreeOfDockerJava = noClasses()
            .that().resideInAPackage("dev.gantry.adapter..")
            .and().resideOutsideOfPackage("dev.gantry.adapter.docker..")
            .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
            .because("these packages are what the UI may see; docker-java stays inside dev.gantry.adapter.docker");
}
