package dev.gantry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LogConfigurationTest {

    @Test
    void logbackFindsItAsAService() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogConfiguration.class));
    }

    @Test
    void theTestsOwnLogbackFileStillWins() {
        LoggerContext context = new LoggerContext();
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogConfiguration().configure(context),
                "logback-test.xml is on the test class path");
    }

    @Test
    void infoAndAboveGoToStderrAndTheLibrariesOnlyFromWarn() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's binding does
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LogConfiguration.apply(context);
            context.getLogger("dev.gantry.app.Probe").info("shown {}", 1);
            context.getLogger("dev.gantry.app.Probe").debug("not shown");
            context.getLogger("org.apache.hc.client5.Wire").info("not shown either");
            context.getLogger("com.github.dockerjava.core.Exec").warn("a warning");
            assertEquals(Level.INFO, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
        } finally {
            System.setErr(err);
            context.stop();
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^\\]]+\\] dev\\.gantry\\.app\\.Probe - shown 1\\R.*"), out);
        assertTrue(out.contains("WARN  [") && out.contains("- a warning"), out);
        assertFalse(out.contains("not shown"), out);
    }
}
