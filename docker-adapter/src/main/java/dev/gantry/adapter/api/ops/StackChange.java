package dev.gantry.adapter.api.ops;

import java.time.Instant;
import java.util.List;

/** The services Gantry changed in a stack's last deploy or update. */
public record StackChange(String stack, Instant time, List<String> serviceNames) {

    public StackChange {
        serviceNames = List.copyOf(serviceNames);
    }
}
