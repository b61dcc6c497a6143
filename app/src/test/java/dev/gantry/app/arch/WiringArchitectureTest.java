package dev.gantry.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.gantry", importOptions = ImportOption.DoNotIncludeTests.class)
class WiringArchitectureTest {

    @ArchTest
    static final ArchRule onlyAppWiresTheDockerImplementation = classes()
            .that().resideInAPackage("dev.gantry.adapter.docker..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("dev.gantry.adapter..", "dev.gantry.app..")
            .because("the app module is the only place that joins the UI to the docker-java implementation");
}
