package dev.gantry.adapter.compose.model;

import java.util.List;
import java.util.Map;

/** A service's attachment options for one network ({@code services.X.networks.N:}). */
public record ServiceNetworkConfig(List<String> aliases, String ipv4Address, String ipv6Address,
                                   Map<String, String> driverOpts) {
    public ServiceNetworkConfig {
        aliases = Copies.list(aliases);
        driverOpts = Copies.map(driverOpts);
    }
}
