package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.PrunePreview;
import dev.gantry.adapter.api.ops.PruneReport;
import dev.gantry.adapter.testing.TestEngine;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine is shared: every preview is narrowed to what this test created (its unique prefix or
 * ids) before anything is removed.
 */
class PruneTest {

    private OpsFixture fx;
    private PruneOperations prune;

    @BeforeEach
    void setUp() {
        fx = new OpsFixture();
        prune = fx.ops().prune();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private boolean mine(PruneItem i) {
        return i.name().contains(fx.prefix);
    }

    private String stoppedContainer(String suffix) {
        String name = fx.name(suffix);
        fx.create(new String[] {"rm", "-f", name}, "run", "-d", "--name", name, "gantry-test/busybox:1");
        TestEngine.docker("stop", "-t", "1", name);
        return name;
    }

    private String image(String from, String tag) {
        return fx.create(new String[] {"rmi", "-f", tag}, "commit", from, tag);
    }

    @Test
    void removesExactlyThePreviewedItemsAndSaysWhatStaysAndWhy() {
        String dead = stoppedContainer("dead");
        String img = fx.name("img") + ":1";
        image(dead, img);
        String dangling = image(dead, fx.name("dang") + ":1");
        image(dead, fx.name("dang") + ":1"); // re-tagging leaves the first image dangling
        fx.onClose("rmi", "-f", dangling);
        String net = fx.name("net");
        fx.create(new String[] {"network", "rm", net}, "network", "create", net);
        String vol = fx.name("vol");
        fx.create(new String[] {"volume", "rm", "-f", vol}, "volume", "create", vol);
        String usedNet = fx.name("usednet");
        fx.create(new String[] {"network", "rm", usedNet}, "network", "create", usedNet);
        String runner = fx.name("runner");
        fx.onClose("volume", "rm", "-f", fx.name("usedvol")); // cleanup runs last-in first-out: after the container
        fx.create(new String[] {"rm", "-f", runner}, "run", "-d", "--name", runner, "--network", usedNet,
                "-v", fx.name("usedvol") + ":/data", "gantry-test/busybox:1");

        PrunePreview all = prune.preview(EnumSet.allOf(PruneKind.class));
        PrunePreview preview = all.only(i -> mine(i) || dangling.equals(i.id()));
        Set<String> previewed = preview.items().stream().map(i -> i.kind() + " " + i.name()).collect(Collectors.toSet());
        assertEquals(Set.of("STOPPED_CONTAINERS " + dead, "UNUSED_IMAGES " + img, "UNUSED_IMAGES " + fx.name("dang") + ":1",
                "UNUSED_NETWORKS " + net,
                "UNUSED_VOLUMES " + vol, "DANGLING_IMAGES <none> " + dangling.replace("sha256:", "").substring(0, 12)),
                previewed);
        assertTrue(preview.items().stream().filter(i -> i.kind() == PruneKind.UNUSED_IMAGES).allMatch(i -> i.sizeBytes() > 0
                && i.created() != null));
        assertTrue(preview.totalBytes() > 0);
        assertTrue(all.kept().contains(new KeptItem(PruneKind.UNUSED_NETWORKS, idOfNetwork(usedNet), usedNet,
                "used by container " + runner)), all.kept().toString());
        assertTrue(all.kept().stream().anyMatch(k -> k.kind() == PruneKind.UNUSED_VOLUMES && k.name().equals(fx.name("usedvol"))
                && k.reason().equals("used by container " + runner)), all.kept().toString());
        assertTrue(all.items().stream().noneMatch(i -> i.name().equals(runner) || i.name().equals(usedNet)));

        PruneReport report = prune.remove(preview);
        assertEquals(Set.copyOf(preview.items()), Set.copyOf(report.removed()), "removed set equals previewed set");
        assertTrue(report.skipped().isEmpty() && report.failed().isEmpty(), report.toString());
        assertTrue(report.reclaimedBytes() > 0);
        assertEquals(1, TestEngine.dockerResult("inspect", dead).exitCode());
        assertEquals(1, TestEngine.dockerResult("image", "inspect", img).exitCode());
        assertEquals(1, TestEngine.dockerResult("image", "inspect", dangling).exitCode());
        assertEquals(1, TestEngine.dockerResult("network", "inspect", net).exitCode());
        assertEquals(1, TestEngine.dockerResult("volume", "inspect", vol).exitCode());
        assertEquals("running", TestEngine.docker("inspect", "--format", "{{.State.Status}}", runner));
        assertEquals(0, TestEngine.dockerResult("network", "inspect", usedNet).exitCode());
    }

    @Test
    void aContainerStartedBetweenPreviewAndConfirmKeepsItsImageAndNetwork() {
        String dead = stoppedContainer("dead2");
        String img = fx.name("late-img") + ":1";
        image(dead, img);
        String net = fx.name("late-net");
        fx.create(new String[] {"network", "rm", net}, "network", "create", net);

        PrunePreview preview = prune.preview(EnumSet.of(PruneKind.STOPPED_CONTAINERS, PruneKind.UNUSED_IMAGES,
                PruneKind.UNUSED_NETWORKS)).only(this::mine);
        assertEquals(3, preview.items().size(), preview.items().toString());

        String late = fx.name("late");
        fx.create(new String[] {"rm", "-f", late}, "run", "-d", "--name", late, "--network", net, img);

        PruneReport report = prune.remove(preview);
        assertEquals(Set.of(dead), report.removed().stream().map(PruneItem::name).collect(Collectors.toSet()));
        assertEquals(Set.of(img + ": now used by container " + late, net + ": now used by container " + late),
                report.skipped().stream().map(o -> o.item().name() + ": " + o.reason()).collect(Collectors.toSet()));
        assertTrue(report.failed().isEmpty(), report.failed().toString());
        assertEquals(0, TestEngine.dockerResult("image", "inspect", img).exitCode());
        assertEquals(0, TestEngine.dockerResult("network", "inspect", net).exitCode());
        assertEquals("running", TestEngine.docker("inspect", "--format", "{{.State.Status}}", late));
    }

    @Test
    void anItemGoneBeforeConfirmIsReportedNotHidden() {
        String dead = stoppedContainer("vanish");
        PrunePreview preview = prune.preview(EnumSet.of(PruneKind.STOPPED_CONTAINERS)).only(this::mine);
        assertEquals(1, preview.items().size());
        TestEngine.docker("rm", dead);
        PruneReport report = prune.remove(preview);
        assertTrue(report.removed().isEmpty());
        assertEquals("already gone", report.failed().get(0).reason());
    }

    @Test
    void volumesAreNeverInTheDefaultSelectionAndBuildCacheCanBePreviewed() {
        assertFalse(PruneKind.defaultSelection().contains(PruneKind.UNUSED_VOLUMES));
        String vol = fx.name("keepvol");
        fx.create(new String[] {"volume", "rm", "-f", vol}, "volume", "create", vol);
        PrunePreview preview = prune.preview(PruneKind.defaultSelection());
        assertTrue(preview.items().stream().noneMatch(i -> i.kind() == PruneKind.UNUSED_VOLUMES));
        assertTrue(preview.items().stream().noneMatch(i -> i.name().equals(vol)));
        // the build cache is listed from /system/df; this engine may hold none
        prune.preview(EnumSet.of(PruneKind.BUILD_CACHE)).items().forEach(i -> assertEquals(PruneKind.BUILD_CACHE, i.kind()));
    }

    @Test
    void buildCacheRecordsAreRemovedByIdOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path context) throws Exception {
        // BuildKit (DOCKER_BUILDKIT=1 with the 20.10 CLI) leaves cache records; the RUN step's record names our marker
        java.nio.file.Path cli = java.nio.file.Path.of("/usr/bin/docker");
        if (!java.nio.file.Files.isExecutable(cli)) {
            // scripts/test.sh installs docker.io, which brings it: under CI its absence is a failure
            org.junit.jupiter.api.Assertions.assertNotEquals("true", System.getenv("CI"), "CI=true and " + cli + " is missing");
            org.junit.jupiter.api.Assumptions.abort("needs the 20.10 docker CLI at " + cli + " for BuildKit");
        }
        String marker = fx.name("cache");
        java.nio.file.Files.writeString(context.resolve("Dockerfile"),
                "FROM gantry-test/busybox:1\nRUN echo " + marker + " > /x\n");
        String tag = marker + ":1";
        ProcessBuilder pb = new ProcessBuilder(cli.toString(), "-H", TestEngine.host().toString(), "build", "-q", "-t", tag,
                context.toString()).redirectErrorStream(true);
        pb.environment().put("DOCKER_BUILDKIT", "1");
        fx.onClose("rmi", "-f", tag);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);

        PrunePreview preview = prune.preview(EnumSet.of(PruneKind.BUILD_CACHE)).only(i -> i.name().contains(marker));
        assertEquals(1, preview.items().size(), prune.preview(EnumSet.of(PruneKind.BUILD_CACHE)).toString());
        PruneItem record = preview.items().get(0);
        assertTrue(record.name().contains("mount / from exec"), record.toString());

        PruneReport held = prune.remove(preview);
        assertTrue(held.removed().isEmpty(), "the tagged image still references the record");
        assertTrue(held.failed().get(0).reason().contains("the engine kept it"), held.toString());

        TestEngine.docker("rmi", tag);
        preview = prune.preview(EnumSet.of(PruneKind.BUILD_CACHE)).only(i -> i.id().equals(record.id()));
        int before = prune.preview(EnumSet.of(PruneKind.BUILD_CACHE)).items().size();
        PruneReport report = prune.remove(preview);
        assertEquals(List.of(record), report.removed(), report.toString());
        assertTrue(report.reclaimedBytes() > 0);
        PrunePreview after = prune.preview(EnumSet.of(PruneKind.BUILD_CACHE));
        assertTrue(after.items().stream().noneMatch(i -> i.id().equals(record.id())));
        assertTrue(after.items().size() >= before - 1, "no other cache record went");
    }

    private static String idOfNetwork(String name) {
        return TestEngine.docker("network", "inspect", "--format", "{{.Id}}", name);
    }
}
