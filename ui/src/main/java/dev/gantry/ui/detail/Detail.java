package dev.gantry.ui.detail;

import dev.gantry.ui.detail.SecretMasker.EnvEntry;
import dev.gantry.ui.inventory.Badge;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the detail pane shows for the selected row. Env values are already masked. */
public record Detail(String title, String kind, Badge badge, String error, List<Fact> facts,
                     Map<String, String> labels, List<String> ports, List<EnvEntry> env, List<String> mounts,
                     String inspectJson) {

    public static final Detail NONE = new Detail("", "", Badge.NONE, null, List.of(), Map.of(), List.of(), List.of(),
            List.of(), "");

    public Detail withExtras(List<EnvEntry> newEnv, List<String> newMounts, String json) {
        return new Detail(title, kind, badge, error, facts, labels, ports, newEnv, newMounts, json);
    }

    public Detail {
        facts = List.copyOf(facts);
        labels = new TreeMap<>(labels);
        ports = List.copyOf(ports);
        env = List.copyOf(env);
        mounts = List.copyOf(mounts);
    }
}
