package dev.gantry.adapter.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.gantry.adapter", importOptions = ImportOption.DoNotIncludeTests.class)
class OpsArchitectureTest {

    @ArchTest
    static final ArchRule localStoresAreFreeOfDockerJava = noClasses()
            .that().resideInAnyPackage("dev.gantry.adapter.ops..", "dev.gantry.adapter.api.ops..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..", "dev.gantry.adapter.docker..")
            .because("the UI may use the operation records and the local stores");
}
