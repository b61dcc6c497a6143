package dev.gantry.adapter.api;

import java.util.List;

/**
 * A swarm stack: the API has no stack object, so it is everything labelled
 * com.docker.stack.namespace=NAME.
 */
public record StackInfo(String name, List<String> serviceIds, List<String> networks, List<String> secrets, List<String> configs) {

    public static final String NAMESPACE_LABEL = "com.docker.stack.namespace";

    public StackInfo {
        serviceIds = List.copyOf(serviceIds);
        networks = List.copyOf(networks);
        secrets = List.copyOf(secrets);
        configs = List.copyOf(configs);
    }
}
