package dev.gantry.adapter.deploy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gantry.adapter.api.deploy.DeployFailure;
import dev.gantry.adapter.api.deploy.DeployRecord;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Deploy history per stack: one JSON file per deploy under {@code DIR/STACK/}, written atomically,
 * holding the compose files' content, the diff and the result, so a stack can be redeployed as it
 * was at an earlier deploy.
 */
public final class DeployHistory {

    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;
    private final ObjectMapper json;

    public DeployHistory(Path dir) {
        this(dir, Clock.systemUTC());
    }

    DeployHistory(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    }

    /** Stores one deploy and returns its record. */
    public DeployRecord record(String stack, Map<String, String> files, StackDiff diff, DeployResult result) {
        Path stackDir = stackDir(stack);
        Instant now = clock.instant();
        try {
            Files.createDirectories(stackDir);
            String id = ID.format(now);
            for (int n = 1; Files.exists(stackDir.resolve(id + ".json")); n++) {
                id = ID.format(now) + "-" + n;
            }
            DeployRecord record = new DeployRecord(id, stack, now, files, diff, result);
            Path tmp = Files.createTempFile(stackDir, ".deploy", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), Stored.of(record));
            move(tmp, stackDir.resolve(id + ".json"));
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the deploy history under " + stackDir + ": " + e.getMessage(), e);
        }
    }

    /** The stack's deploys, newest first. */
    public List<DeployRecord> list(String stack) {
        Path stackDir = stackDir(stack);
        if (!Files.isDirectory(stackDir)) {
            return List.of();
        }
        List<DeployRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(stackDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                out.add(json.readValue(f.toFile(), Stored.class).toRecord());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the deploy history under " + stackDir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(DeployRecord::id).reversed());
        return out;
    }

    public Optional<DeployRecord> find(String stack, String id) {
        return list(stack).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private Path stackDir(String stack) {
        if (!STACK_NAME.matcher(stack).matches()) {
            throw new IllegalArgumentException("Not a valid stack name: \"" + stack + "\"");
        }
        return dir.resolve(stack);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The stored shape: the result's Optional flattened, so plain Jackson reads it back. */
    record Stored(String id, String stack, Instant time, Map<String, String> files, StackDiff diff,
                  List<String> applied, DeployFailure failure, List<String> undone, List<String> rollbackIssues) {

        static Stored of(DeployRecord r) {
            DeployResult res = r.result();
            return new Stored(r.id(), r.stack(), r.time(), r.files(), r.diff(), res.applied(),
                    res.failure().orElse(null), res.undone(), res.rollbackIssues());
        }

        DeployRecord toRecord() {
            DeployResult result = new DeployResult(stack, orEmpty(applied), Optional.ofNullable(failure),
                    orEmpty(undone), orEmpty(rollbackIssues));
            return new DeployRecord(id, stack, time, files == null ? Map.of() : files, diff, result);
        }

        private static List<String> orEmpty(List<String> l) {
            return l == null ? List.of() : l;
        }
    }

}
