package dev.gantry.ui.resources;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.VolumeInfo;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Images, volumes and networks of the selected engine, loaded when their tab is shown. */
public final class ResourcesViewModel {

    public enum Kind { IMAGES, VOLUMES, NETWORKS }

    private final BackgroundExecutor executor;
    private final AtomicBoolean[] inFlight = {new AtomicBoolean(), new AtomicBoolean(), new AtomicBoolean()};

    // Properties
    private final ReadOnlyObjectWrapper<List<ImageInfo>> images = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<VolumeInfo>> volumes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<NetworkInfo>> networks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ResourcesViewModel(BackgroundExecutor executor) {
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<List<ImageInfo>> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<VolumeInfo>> volumesProperty() {
        return volumes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<NetworkInfo>> networksProperty() {
        return networks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    public void clear() {
        images.set(List.of());
        volumes.set(List.of());
        networks.set(List.of());
    }

    /** Loads one kind in the background; a load already under way is not doubled. */
    public void load(EngineSession session, Kind kind) {
        if (session == null || !inFlight[kind.ordinal()].compareAndSet(false, true)) {
            return;
        }
        switch (kind) {
            case IMAGES -> executor.submit(() -> sorted(session.images(), Comparator.comparing(i -> i.tags().isEmpty()
                    ? "~" + i.id() : i.tags().get(0))), l -> done(kind, () -> images.set(l)), e -> failed(kind, e));
            case VOLUMES -> executor.submit(() -> sorted(session.volumes(), Comparator.comparing(VolumeInfo::name)),
                    l -> done(kind, () -> volumes.set(l)), e -> failed(kind, e));
            case NETWORKS -> executor.submit(() -> sorted(session.networks(), Comparator.comparing(NetworkInfo::name)),
                    l -> done(kind, () -> networks.set(l)), e -> failed(kind, e));
        }
    }

    private void done(Kind kind, Runnable apply) {
        inFlight[kind.ordinal()].set(false);
        problem.set("");
        apply.run();
    }

    private void failed(Kind kind, Throwable e) {
        inFlight[kind.ordinal()].set(false);
        problem.set("Could not list the " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }
}
