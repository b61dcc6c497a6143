package dev.gantry.ui.stats;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import dev.gantry.adapter.stats.GroupWatch;
import dev.gantry.adapter.stats.StatsHistory;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * One container's (or a service's or stack's summed) live figures and their bounded history. Samples arrive on the sampler's thread,
 * go into the history there, and reach the UI as one "changed" tick per sample.
 */
public final class ContainerStatsViewModel implements AutoCloseable {

    private final BackgroundExecutor executor;
    private final StatsHistory history;
    private final SimpleObjectProperty<ContainerStats> latest = new SimpleObjectProperty<>();
    private final SimpleLongProperty version = new SimpleLongProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private GroupWatch watch;
    private long hostMemory;

    public ContainerStatsViewModel(BackgroundExecutor executor, Duration retention) {
        this.executor = executor;
        this.history = new StatsHistory(retention);
    }

    /** Starts watching one container (visible: normal rate). */
    public void watch(StatsSource stats, String containerId) {
        close();
        watch = GroupWatch.single(stats, containerId, SamplingRate.NORMAL, listener());
    }

    /**
     * Starts watching a service's or stack's running containers; the history holds their sum, one point
     * per round of samples.
     */
    public void watchGroup(StatsSource stats, String name, Collection<String> containerIds) {
        close();
        watch = GroupWatch.summed(stats, name, containerIds, SamplingRate.NORMAL, listener());
        showMembers(name, containerIds);
    }

    /** The group's containers changed (replicas replaced, scaled): the history goes on. */
    public void setMembers(String name, Collection<String> containerIds) {
        if (watch != null) {
            watch.setMembers(containerIds);
            showMembers(name, containerIds);
        }
    }

    private void showMembers(String name, Collection<String> containerIds) {
        status.set(containerIds.isEmpty() ? "No container of " + name + " runs on this engine now."
                : "Sum over " + containerIds.size() + (containerIds.size() == 1 ? " container." : " containers."));
    }

    private StatsListener listener() {
        return new StatsListener() {
            @Override
            public void onSample(ContainerStats s) {
                accept(s);
            }

            @Override
            public void onError(String id, EngineException e) {
                executor.onUiThread(() -> status.set(e.getMessage()));
            }
        };
    }

    /** Takes a sample from any thread. */
    public void accept(ContainerStats s) {
        history.add(s);
        executor.onUiThread(() -> {
            latest.set(s);
            version.set(version.get() + 1);
        });
    }

    /** Visible views sample at the normal rate, hidden ones slowly. */
    public void setVisible(boolean visible) {
        if (watch != null) {
            watch.setRate(visible ? SamplingRate.NORMAL : SamplingRate.SLOW);
        }
    }

    /** The engine host's memory: a container without a limit reports it as its limit. 0 when unknown. */
    public void setHostMemory(long bytes) {
        hostMemory = bytes;
    }

    /**
     * Whether the sample's limit is a real one: below the host's memory (a sum over replicas reaches it
     * as soon as one replica has no limit). True when the host's memory is unknown.
     */
    public boolean hasMemoryLimit(ContainerStats s) {
        return hostMemory <= 0 || s.memoryLimit() < hostMemory;
    }

    public StatsHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<ContainerStats> latestProperty() {
        return latest;
    }

    /** Increments with every sample: charts redraw on it. */
    public ReadOnlyLongProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Writes the history as CSV in the background; the outcome lands in the status. */
    public void exportCsv(Path file) {
        executor.submit(() -> {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                history.writeCsv(w);
            }
            return history.size();
        }, n -> status.set("Exported " + n + " samples to " + file + "."),
                e -> status.set("Cannot write " + file + ": " + e.getMessage()));
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }
}
