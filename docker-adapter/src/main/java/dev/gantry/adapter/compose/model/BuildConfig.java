package dev.gantry.adapter.compose.model;

import java.util.List;
import java.util.Map;

/** {@code build:} (a swarm cannot build; kept so it can be reported). Args values may be null. */
public record BuildConfig(String context, String dockerfile, Map<String, String> args,
                          Map<String, String> labels, List<String> cacheFrom, List<String> extraHosts,
                          String network, String target) {
    public BuildConfig {
        args = Copies.map(args);
        labels = Copies.map(labels);
        cacheFrom = Copies.list(cacheFrom);
        extraHosts = Copies.list(extraHosts);
    }
}
