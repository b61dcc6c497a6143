package dev.gantry.adapter.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecPreset;
import dev.gantry.adapter.api.ops.StackChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoresTest {

    @TempDir
    Path dir;

    @Test
    void auditLogAppendsJsonLinesAndReadsThemBackSkippingDamage() throws Exception {
        ExecAuditLog log = new ExecAuditLog(dir.resolve("a/audit.jsonl"));
        AuditEntry one = new AuditEntry(Instant.parse("2026-01-01T10:00:00Z"), "local (unix:///x)", "container web",
                "kill -HUP 1", "SUCCEEDED", 0, 12, "ok");
        log.append(one);
        Files.writeString(log.file(), "{not json\n", StandardOpenOption.APPEND);
        AuditEntry two = new AuditEntry(Instant.parse("2026-01-01T10:01:00Z"), "local (unix:///x)", "container db",
                "nginx -s reload", "COMMAND_NOT_FOUND", 127, 5, "missing");
        log.accept(two);
        assertEquals(List.of(one, two), log.readAll());
        assertEquals(3, Files.readAllLines(log.file()).size());
        assertTrue(Files.readAllLines(log.file()).get(0).startsWith("{\"time\":\"2026-01-01T10:00:00Z\""));
        assertEquals(List.of(), ExecAuditLog.none().readAll());
    }

    @Test
    void choicesAreRememberedPerServiceAndImageIgnoringTheDigest() {
        Path file = dir.resolve("choices.json");
        ExecChoiceStore store = new ExecChoiceStore(file);
        store.put("web", "nginx:1.25@sha256:abc", new ExecChoice(ExecPreset.NGINX_RELOAD, null));
        store.put("api", "app:2", new ExecChoice(ExecPreset.CUSTOM, "kill -USR2 1"));
        ExecChoiceStore again = new ExecChoiceStore(file);
        assertEquals(ExecPreset.NGINX_RELOAD, again.get("web", "nginx:1.25").orElseThrow().preset());
        assertEquals("kill -USR2 1", again.get("api", "app:2").orElseThrow().customCommand());
        assertTrue(again.get("api", "app:3").isEmpty(), "another image has its own choice");
    }

    @Test
    void stackChangesSurviveARestartWhenPersistent() {
        Path file = dir.resolve("stacks.json");
        StackChangeLog log = StackChangeLog.persistent(file);
        log.record(new StackChange("demo", Instant.parse("2026-01-01T10:00:00Z"), List.of("demo_web", "demo_api")));
        log.record(new StackChange("demo", Instant.parse("2026-01-01T11:00:00Z"), List.of("demo_web")));
        assertEquals(List.of("demo_web"), StackChangeLog.persistent(file).last("demo").orElseThrow().serviceNames());
        assertTrue(StackChangeLog.inMemory().last("demo").isEmpty());
    }
}
