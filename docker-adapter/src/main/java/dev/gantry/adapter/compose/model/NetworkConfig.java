package dev.gantry.adapter.compose.model;

import java.util.List;
import java.util.Map;

/**
 * A top-level network. For an external network {@code name} is the network's real name
 * (external.name, deprecated, is folded into it as the CLI does).
 */
public record NetworkConfig(String name, String driver, Map<String, String> driverOpts, Ipam ipam,
                            boolean external, boolean internal, boolean attachable,
                            Map<String, String> labels, Map<String, Object> extensions) {
    public NetworkConfig {
        driverOpts = Copies.map(driverOpts);
        ipam = ipam == null ? Ipam.EMPTY : ipam;
        labels = Copies.map(labels);
        extensions = Copies.map(extensions);
    }

    /** {@code ipam:}; driver null when not set. */
    public record Ipam(String driver, List<String> subnets) {
        public static final Ipam EMPTY = new Ipam(null, List.of());

        public Ipam {
            subnets = Copies.list(subnets);
        }
    }
}
