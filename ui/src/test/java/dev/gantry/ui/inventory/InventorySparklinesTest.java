package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.junit.jupiter.api.Test;

class InventorySparklinesTest {

    private static InventoryRow row(String id, RowKind kind) {
        return new InventoryRow(id, kind, id, "", -1, -1, Badge.NONE, "", "", null, null);
    }

    /** The sample snapshot with local running containers for the given web tasks. */
    private static InventorySnapshot snapshot(String... webTaskIds) {
        InventorySnapshot s = Fixtures.sample();
        List<TaskInfo> tasks = new ArrayList<>(s.tasks());
        List<ContainerInfo> all = new ArrayList<>(s.containers());
        for (String t : webTaskIds) {
            if (tasks.stream().noneMatch(x -> x.id().equals(t))) {
                tasks.add(Fixtures.task(t, "s-web", "shop_web", 3, "running", null, Fixtures.T0, Health.NONE));
            }
            all.add(Fixtures.container("c-" + t, "shop_web." + t, "running", "Up", Health.NONE, Map.of()));
        }
        return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), tasks, s.composeProjects(),
                s.standaloneContainers(), all, s.nodes());
    }

    private static ContainerStats cpu(String id, double cpu) {
        return new ContainerStats(id, id, Instant.EPOCH, cpu, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void onlyAttachedRowsAreSampledAndTheirFiguresAccumulate() {
        FakeStats stats = new FakeStats();
        InventorySparklines sparks = new InventorySparklines(new SameThreadExecutor(), Runnable::run);
        sparks.show(stats, snapshot("t-web1", "t-web2"));
        assertTrue(stats.openIds().isEmpty(), "nothing on screen, nothing sampled");

        ReadOnlyObjectProperty<double[]> web = sparks.attach(row("s-web", RowKind.SERVICE));
        assertEquals(Set.of("c-t-web1", "c-t-web2"), stats.openIds());
        assertEquals(Set.of(SamplingRate.NORMAL), stats.openRates());
        stats.emit(cpu("c-t-web1", 10));
        stats.emit(cpu("c-t-web2", 20));
        stats.emit(cpu("c-t-web1", 1));
        stats.emit(cpu("c-t-web2", 2));
        assertArrayEquals(new double[] {30, 3}, web.get(), 1e-9, "one summed point per round");

        sparks.attach(row("stack:shop", RowKind.STACK));
        assertTrue(stats.openRates().contains(SamplingRate.SLOW), "stack rows sample slowly");
        sparks.detach("stack:shop");
        sparks.detach("s-web");
        assertTrue(stats.openIds().isEmpty(), "detached rows stop sampling");
        assertEquals(Set.of(), sparks.attachedRows());
    }

    @Test
    void aRowShownTwiceIsSampledOnceUntilBothCellsLetGo() {
        FakeStats stats = new FakeStats();
        InventorySparklines sparks = new InventorySparklines(new SameThreadExecutor(), Runnable::run);
        sparks.show(stats, snapshot("t-web1"));
        sparks.attach(row("t-web1", RowKind.TASK));
        sparks.attach(row("t-web1", RowKind.TASK));
        assertEquals(1, stats.watches.size());
        sparks.detach("t-web1");
        assertEquals(Set.of("c-t-web1"), stats.openIds());
        sparks.detach("t-web1");
        assertTrue(stats.openIds().isEmpty());
    }

    @Test
    void watchesFollowReplicasAndStartAgainOnANewEngine() {
        FakeStats first = new FakeStats();
        InventorySparklines sparks = new InventorySparklines(new SameThreadExecutor(), Runnable::run);
        sparks.show(first, snapshot("t-web1"));
        ReadOnlyObjectProperty<double[]> web = sparks.attach(row("s-web", RowKind.SERVICE));
        assertEquals(Set.of("c-t-web1"), first.openIds());

        first.emit(cpu("c-t-web1", 3));
        sparks.show(first, snapshot());
        assertEquals(0, web.get().length, "no replica runs: the figures go");
        sparks.show(first, snapshot("t-web9"));
        assertEquals(Set.of("c-t-web9"), first.openIds(), "the replaced replica's container is watched instead");
        first.emit(cpu("c-t-web9", 42));
        assertArrayEquals(new double[] {42}, web.get(), 1e-9);

        FakeStats second = new FakeStats();
        sparks.show(second, snapshot("t-web9"));
        assertTrue(first.openIds().isEmpty(), "the old engine's watches are closed");
        assertEquals(Set.of("c-t-web9"), second.openIds());
        sparks.close();
        assertTrue(second.openIds().isEmpty());
    }

    @Test
    void aRowThatMovesToAnotherCellKeepsItsWatchAndFigures() {
        FakeStats stats = new FakeStats();
        List<Runnable> afterLayout = new ArrayList<>();
        InventorySparklines sparks = new InventorySparklines(new SameThreadExecutor(), afterLayout::add);
        sparks.show(stats, snapshot("t-web1"));
        InventoryRow task = row("t-web1", RowKind.TASK);
        sparks.attach(task);
        stats.emit(cpu("c-t-web1", 5));
        sparks.detach("t-web1");
        ReadOnlyObjectProperty<double[]> again = sparks.attach(task);
        afterLayout.forEach(Runnable::run);
        assertArrayEquals(new double[] {5}, again.get(), 1e-9, "the figures survive the move");
        assertEquals(1, stats.watches.size(), "no second watch was opened");
        assertEquals(Set.of("c-t-web1"), stats.openIds());

        afterLayout.clear();
        sparks.detach("t-web1");
        assertEquals(Set.of("c-t-web1"), stats.openIds(), "let go only after the layout pass");
        afterLayout.forEach(Runnable::run);
        assertTrue(stats.openIds().isEmpty());
    }

    @Test
    void figuresAreCappedAtTheLastPoints() {
        FakeStats stats = new FakeStats();
        InventorySparklines sparks = new InventorySparklines(new SameThreadExecutor(), Runnable::run);
        sparks.show(stats, snapshot("t-web1"));
        ReadOnlyObjectProperty<double[]> task = sparks.attach(row("t-web1", RowKind.TASK));
        for (int i = 0; i < InventorySparklines.POINTS + 5; i++) {
            stats.emit(cpu("c-t-web1", i));
        }
        assertEquals(InventorySparklines.POINTS, task.get().length);
        assertEquals(InventorySparklines.POINTS + 4, task.get()[InventorySparklines.POINTS - 1], 1e-9);
        assertEquals(5, task.get()[0], 1e-9);
    }

    /** Records watches (open or closed) and hands emitted samples to the open ones of that container. */
    private static final class FakeStats implements StatsSource {
        final List<Watch> watches = new ArrayList<>();

        final class Watch implements Subscription {
            final String id;
            final StatsListener listener;
            SamplingRate rate;
            boolean open = true;

            Watch(String id, SamplingRate rate, StatsListener listener) {
                this.id = id;
                this.rate = rate;
                this.listener = listener;
            }

            @Override
            public void close() {
                open = false;
            }
        }

        Set<String> openIds() {
            return watches.stream().filter(w -> w.open).map(w -> w.id).collect(Collectors.toSet());
        }

        Set<SamplingRate> openRates() {
            return watches.stream().filter(w -> w.open).map(w -> w.rate).collect(Collectors.toSet());
        }

        void emit(ContainerStats s) {
            watches.stream().filter(w -> w.open && w.id.equals(s.containerId())).toList()
                    .forEach(w -> w.listener.onSample(s));
        }

        @Override
        public ContainerStats sample(String containerIdOrName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Subscription watch(String id, SamplingRate rate, StatsListener listener) {
            Watch w = new Watch(id, rate, listener);
            watches.add(w);
            return w;
        }

        @Override
        public void setRate(Subscription watch, SamplingRate rate) {
            ((Watch) watch).rate = rate;
        }
    }
}
