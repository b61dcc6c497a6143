package dev.gantry.adapter.api.ops;

import java.util.Map;
import java.util.Set;

/**
 * What a rolling update changes; null or empty parts stay as they are.
 *
 * @param image       new image reference (e.g. "gantry-test/busybox:2"), or null to keep it
 * @param envSet      variables to add or change
 * @param envRemove   names of variables to remove
 * @param policy      the update policy to set, or null to keep it
 */
public record ServiceUpdateRequest(String image, Map<String, String> envSet, Set<String> envRemove, UpdatePolicy policy) {

    public ServiceUpdateRequest {
        envSet = envSet == null ? Map.of() : Map.copyOf(envSet);
        envRemove = envRemove == null ? Set.of() : Set.copyOf(envRemove);
    }

    public static ServiceUpdateRequest image(String image) {
        return new ServiceUpdateRequest(image, Map.of(), Set.of(), null);
    }

    public ServiceUpdateRequest withPolicy(UpdatePolicy newPolicy) {
        return new ServiceUpdateRequest(image, envSet, envRemove, newPolicy);
    }

    public ServiceUpdateRequest withEnv(Map<String, String> set, Set<String> remove) {
        return new ServiceUpdateRequest(image, set, remove, policy);
    }

    public boolean isEmpty() {
        return (image == null || image.isBlank()) && envSet.isEmpty() && envRemove.isEmpty() && policy == null;
    }
}
