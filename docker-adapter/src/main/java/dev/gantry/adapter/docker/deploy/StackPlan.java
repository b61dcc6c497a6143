package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Everything one stack deploy wants to exist, in Engine API terms. Built by the converter (or by
 * hand in tests). Specs are JSON trees exactly as the Engine API takes them; they are copied in and
 * out, so a plan is immutable in effect.
 *
 * @param stack            the stack (namespace) name
 * @param networks         networks to create when missing
 * @param externalNetworks networks that must already exist (swarm scope)
 * @param secrets          secrets to create, or to update (labels) when they exist
 * @param configs          configs, likewise
 * @param services         services in deploy order
 */
public record StackPlan(String stack, List<NetworkPlan> networks, List<String> externalNetworks,
                        List<FileObjectPlan> secrets, List<FileObjectPlan> configs, List<ServicePlan> services) {

    public StackPlan {
        Objects.requireNonNull(stack, "stack");
        networks = List.copyOf(networks);
        externalNetworks = List.copyOf(externalNetworks);
        secrets = List.copyOf(secrets);
        configs = List.copyOf(configs);
        services = List.copyOf(services);
    }

    /**
     * A network to create.
     *
     * @param name   the engine-side name (STACK_name unless the file names it)
     * @param create the body of POST /networks/create without Name
     */
    public record NetworkPlan(String name, ObjectNode create) {
        public NetworkPlan {
            Objects.requireNonNull(name, "name");
            create = create.deepCopy();
        }

        @Override
        public ObjectNode create() {
            return create.deepCopy();
        }
    }

    /** A secret or config: name, labels (including the stack namespace) and content. */
    public record FileObjectPlan(String name, java.util.Map<String, String> labels, byte[] data) {
        public FileObjectPlan {
            Objects.requireNonNull(name, "name");
            labels = java.util.Map.copyOf(labels);
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /**
     * A service.
     *
     * @param name the full service name (STACK_service)
     * @param spec the ServiceSpec; secret and config references name their target by
     *             SecretName/ConfigName, IDs are resolved at deploy time
     */
    public record ServicePlan(String name, ObjectNode spec) {
        public ServicePlan {
            Objects.requireNonNull(name, "name");
            spec = spec.deepCopy();
        }

        @Override
        public ObjectNode spec() {
            return spec.deepCopy();
        }
    }
}
