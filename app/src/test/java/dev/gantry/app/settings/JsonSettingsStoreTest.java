package dev.gantry.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.ui.settings.AppSettings;
import dev.gantry.ui.settings.SavedEndpoint;
import dev.gantry.ui.settings.SettingsStore;
import dev.gantry.ui.settings.WindowState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSettingsStoreTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T06:01:02Z"), ZoneOffset.UTC);

    private static AppSettings sample() {
        EndpointProfile local = new EndpointProfile("local", URI.create("unix:///var/run/docker.sock"), null, false,
                EndpointProfile.Source.PLATFORM_DEFAULT);
        EndpointProfile tls = new EndpointProfile("prod", URI.create("tcp://prod.example.org:2376"),
                new TlsMaterial(Path.of("/certs/ca.pem"), Path.of("/certs/cert.pem"), Path.of("/certs/key.pem"), true),
                false, EndpointProfile.Source.USER);
        return new AppSettings(1, List.of(SavedEndpoint.of(local), SavedEndpoint.of(tls)), "dark",
                new WindowState(10, 20, 1300, 800, false, 0.2, 0.6));
    }

    @Test
    void roundTrip() throws IOException {
        JsonSettingsStore store = new JsonSettingsStore(dir.resolve("nested/gantry"), clock);
        store.save(sample());
        SettingsStore.Loaded loaded = new JsonSettingsStore(dir.resolve("nested/gantry"), clock).load();
        assertNull(loaded.problem());
        assertEquals(sample(), loaded.settings());
        EndpointProfile prod = loaded.settings().endpoints().get(1).toProfile();
        assertEquals(URI.create("tcp://prod.example.org:2376"), prod.host());
        assertEquals(Path.of("/certs/key.pem"), prod.tls().clientKey());
        assertTrue(prod.tls().verifyServer());
    }

    @Test
    void defaultWindowStateSurvivesTheRoundTrip() throws IOException {
        JsonSettingsStore store = new JsonSettingsStore(dir, clock);
        store.save(AppSettings.defaults());
        assertEquals(AppSettings.defaults(), store.load().settings());
    }

    @Test
    void noFileMeansDefaultsWithoutAProblem() {
        SettingsStore.Loaded loaded = new JsonSettingsStore(dir, clock).load();
        assertNull(loaded.problem());
        assertEquals(AppSettings.defaults(), loaded.settings());
    }

    @Test
    void savingLeavesNoTemporaryFiles() throws IOException {
        JsonSettingsStore store = new JsonSettingsStore(dir, clock);
        store.save(sample());
        store.save(sample().withTheme("light"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("settings.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("light", store.load().settings().theme());
    }

    @Test
    void aCorruptFileIsKeptAsideReportedAndNeverOverwritten() throws IOException {
        Path file = dir.resolve("settings.json");
        String garbage = "{ \"endpoints\": [ {\"name\": ";
        Files.writeString(file, garbage);
        JsonSettingsStore store = new JsonSettingsStore(dir, clock);
        SettingsStore.Loaded loaded = store.load();
        Path aside = dir.resolve("settings.json.corrupt-20261125-060102");
        assertNotNull(loaded.problem());
        assertTrue(loaded.problem().contains(aside.toString()), loaded.problem());
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertEquals(garbage, Files.readString(aside), "the corrupt content is kept byte for byte");
        assertFalse(Files.exists(file));
        store.save(sample());
        assertEquals(garbage, Files.readString(aside), "saving new settings does not touch the kept file");
        assertEquals(sample(), store.load().settings());
    }

    @Test
    void wrongShapeCountsAsCorrupt() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "[1, 2, 3]");
        SettingsStore.Loaded loaded = new JsonSettingsStore(dir, clock).load();
        assertNotNull(loaded.problem());
        assertTrue(Files.exists(dir.resolve("settings.json.corrupt-20261125-060102")));
    }

    @Test
    void whenTheCorruptFileCannotBeMovedNothingIsSavedOverIt() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "not json");
        Files.createDirectory(dir.resolve("settings.json.corrupt-20261125-060102"));
        Files.writeString(dir.resolve("settings.json.corrupt-20261125-060102/occupied"), "x");
        JsonSettingsStore store = new JsonSettingsStore(dir, clock);
        SettingsStore.Loaded loaded = store.load();
        assertTrue(loaded.problem().contains("could not move it aside"), loaded.problem());
        assertThrows(IOException.class, () -> store.save(sample()));
        assertEquals("not json", Files.readString(file));
    }
}
