package dev.gantry.adapter.api.deploy;

import java.util.List;

/**
 * What {@code compose up} or {@code down} did, by container (or network, volume) name.
 *
 * @param created   created (and started) this time
 * @param recreated replaced because their configuration changed
 * @param unchanged left as they were (started when stopped)
 * @param removed   removed (down)
 */
public record ComposeRunResult(List<String> created, List<String> recreated, List<String> unchanged,
                               List<String> removed) {

    public ComposeRunResult {
        created = List.copyOf(created);
        recreated = List.copyOf(recreated);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }
}
