package dev.gantry.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(Map.of("TAG", "1.2")).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void validateAcceptsAValidFileWithExitZero() throws Exception {
        Path f = file("ok.yml", "version: \"3.8\"\nservices:\n  web:\n    image: nginx:${TAG}\n");
        assertEquals(0, run("validate", f.toString()), err.toString());
    }

    @Test
    void validatePrintsPositionedErrorsAndExitsOne() throws Exception {
        Path f = file("bad.yml", "services:\n  web:\n    image: nginx\n    tty: yes\n    networks: [missing]\n");
        assertEquals(1, run("validate", f.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(f + ":4:10: error: services.web.tty must be a boolean"), text);
        assertTrue(text.contains(f + ":5:16: error: service web uses network \"missing\""), text);
    }

    @Test
    void validateWarnsAboutUnsupportedKeysButStaysValid() throws Exception {
        Path f = file("warn.yml", "services:\n  web:\n    image: nginx\n    build: .\n");
        assertEquals(0, run("validate", f.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(":4:5: warning: services.web.build is not supported"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("validate", "--bogus", "x.yml"));
        assertEquals(2, run("config"));
        assertEquals(2, run("config", "-c", "a.yml", "--format", "xml"));
    }

    @Test
    void missingFileIsAnErrorWithExitOne() {
        assertEquals(1, run("validate", dir.resolve("nope.yml").toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("error: cannot read the file"));
    }

    @Test
    void configPrintsTheMergedInterpolatedModel() throws Exception {
        Path a = file("a.yml", "version: \"3.8\"\nservices:\n  web:\n    image: nginx:${TAG}\n    ports: [\"8080:80\"]\n");
        Path b = file("b.yml", "version: \"3.8\"\nservices:\n  web:\n    environment: [A=1]\n    deploy: {replicas: 2}\n");
        assertEquals(0, run("config", "-c", a.toString(), "-c", b.toString()), err.toString());
        String yaml = out.toString(StandardCharsets.UTF_8);
        assertTrue(yaml.contains("image: nginx:1.2"), yaml);
        assertTrue(yaml.contains("replicas: 2"), yaml);
        assertTrue(yaml.contains("published: 8080"), yaml);
        assertTrue(yaml.contains("A: '1'") || yaml.contains("A: \"1\""), yaml);
    }

    @Test
    void configPrintsJson() throws Exception {
        Path a = file("a.yml", "services:\n  web:\n    image: nginx\n");
        assertEquals(0, run("config", "-c", a.toString(), "--format", "json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"image\" : \"nginx\""), json);
        assertTrue(json.contains("\"version\" : \"3.13\""), json);
    }

    @Test
    void configOfAnInvalidFileExitsOneWithPositions() throws Exception {
        Path a = file("a.yml", "services:\n  web:\n    image: nginx\n    ports: [\"abc\"]\n");
        assertEquals(1, run("config", "-c", a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(a + ":4:13: error:"), err.toString());
    }
}
