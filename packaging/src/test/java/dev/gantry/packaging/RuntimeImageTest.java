package dev.gantry.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeImageTest {

    @Test
    void readsTheModuleListAfterJdepsWarnings() {
        String out = "Warning: split package: org.yaml.snakeyaml x.jar y.jar\n"
                + "java.base,java.desktop,java.sql,jdk.unsupported\n";
        assertEquals(List.of("java.base", "java.desktop", "java.sql", "jdk.unsupported"), RuntimeImage.parseModuleList(out));
    }

    @Test
    void failsWhenJdepsPrintedNoModuleList() {
        assertThrows(IllegalStateException.class, () -> RuntimeImage.parseModuleList("Error: foo.jar is not a jar\n"));
    }

    @Test
    void jdkServiceProvidersAreAddedBecauseJdepsCannotSeeThem() {
        assertEquals(List.of("jdk.crypto.ec"), RuntimeImage.SERVICE_MODULES);
    }
}
