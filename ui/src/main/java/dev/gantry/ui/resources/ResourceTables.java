package dev.gantry.ui.resources;

import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.VolumeInfo;
import dev.gantry.ui.inventory.Ages;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Images, Volumes and Networks tables: size, in use by what, created. */
public final class ResourceTables {

    private ResourceTables() {
    }

    public static TableView<ImageInfo> images() {
        TableView<ImageInfo> t = table("images-table", "No images");
        t.getColumns().setAll(List.of(
                col("Repository:tag", 260, i -> i.tags().isEmpty() ? "<none>" : String.join(", ", i.tags())),
                col("ID", 110, i -> shortId(i.id())),
                col("Size", 80, i -> Sizes.format(i.sizeBytes())),
                col("Used by", 220, i -> Sizes.usedBy(i.containers(), List.of())),
                col("Created", 70, i -> Ages.format(i.createdAt(), Instant.now()))));
        return t;
    }

    public static TableView<VolumeInfo> volumes() {
        TableView<VolumeInfo> t = table("volumes-table", "No volumes");
        t.getColumns().setAll(List.of(
                col("Name", 260, v -> v.name()),
                col("Driver", 80, VolumeInfo::driver),
                col("Size", 80, v -> Sizes.format(v.sizeBytes())),
                col("Used by", 220, v -> Sizes.usedBy(v.containers(), List.of())),
                col("Created", 70, v -> Ages.format(v.createdAt(), Instant.now()))));
        return t;
    }

    public static TableView<NetworkInfo> networks() {
        TableView<NetworkInfo> t = table("networks-table", "No networks");
        t.getColumns().setAll(List.of(
                col("Name", 220, NetworkInfo::name),
                col("Driver", 80, NetworkInfo::driver),
                col("Scope", 70, NetworkInfo::scope),
                col("Stack", 90, n -> n.stack() == null ? "" : n.stack()),
                col("Used by", 220, n -> Sizes.usedBy(n.containers(), n.services())),
                col("Created", 70, n -> Ages.format(n.createdAt(), Instant.now()))));
        return t;
    }

    private static <T> TableView<T> table(String id, String empty) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.getStyleClass().add("dense");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(empty));
        return t;
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private static String shortId(String id) {
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.substring(0, Math.min(12, s.length()));
    }
}
