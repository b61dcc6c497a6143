package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Config;
import com.github.dockerjava.api.model.EventType;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Secret;
import com.github.dockerjava.api.model.Service;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.ops.StackChange;
import dev.gantry.adapter.api.ops.StackOperations;
import dev.gantry.adapter.api.ops.StackRemovalReport;
import dev.gantry.adapter.api.ops.StackRollbackReport;
import dev.gantry.adapter.ops.StackChangeLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stacks: everything labelled com.docker.stack.namespace=NAME, removed in the docker CLI's order
 * (services, then networks, secrets, configs).
 */
final class DockerStackOperations implements StackOperations {

    /** Networks stay "in use" until the removed services' containers are gone; wait this long. */
    static final Duration NETWORK_WAIT = Duration.ofSeconds(60);
    private final DockerClient client;
    private final DockerServiceOperations services;
    private final OpsErrors errors;
    private final StackChangeLog changes;

    DockerStackOperations(DockerClient client, DockerServiceOperations services, OpsErrors errors, StackChangeLog changes) {
        this.client = client;
        this.services = services;
        this.errors = errors;
        this.changes = changes;
    }

    @Override
    public StackRemovalReport remove(String stack) {
        Map<String, String> label = Map.of(DockerServiceOperations.STACK_LABEL, stack);
        List<Service> svcs;
        List<Network> nets;
        List<Secret> secrets;
        List<Config> configs;
        try {
            svcs = client.listServicesCmd().withLabelFilter(label).exec();
            nets = client.listNetworksCmd().withFilter("label", List.of(DockerServiceOperations.STACK_LABEL + "=" + stack)).exec();
            secrets = client.listSecretsCmd().withLabelFilter(label).exec();
            configs = client.listConfigsCmd().withFilters(Map.of("label", List.of(DockerServiceOperations.STACK_LABEL + "=" + stack))).exec();
        } catch (RuntimeException e) {
            throw errors.translate(e, "list", "stack " + stack);
        }
        if (svcs.isEmpty() && nets.isEmpty() && secrets.isEmpty() && configs.isEmpty()) {
            throw new EngineException(Kind.NOT_FOUND, "Stack " + stack + " does not exist (any more): nothing carries its "
                    + "namespace label.");
        }
        List<String> removed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Service s : svcs) {
            attempt("service " + s.getSpec().getName(), () -> client.removeServiceCmd(s.getId()).exec(), removed, failed);
        }
        removeNetworks(nets, removed, failed);
        for (Secret s : secrets) {
            attempt("secret " + s.getSpec().getName(), () -> client.removeSecretCmd(s.getId()).exec(), removed, failed);
        }
        for (Config c : configs) {
            attempt("config " + c.getSpec().getName(), () -> client.removeConfigCmd(c.getId()).exec(), removed, failed);
        }
        return new StackRemovalReport(stack, removed, failed);
    }

    /** A network is in use until the removed services' task containers stop: retry on container events. */
    private void removeNetworks(List<Network> nets, List<String> removed, List<String> failed) {
        List<Network> left = new ArrayList<>(nets);
        Instant deadline = Instant.now().plus(NETWORK_WAIT);
        try (EventTrigger trigger = new EventTrigger(client, e -> true, EventType.CONTAINER, EventType.NETWORK)) {
            while (!left.isEmpty()) {
                List<String> lastErrors = new ArrayList<>();
                for (Network n : List.copyOf(left)) {
                    try {
                        client.removeNetworkCmd(n.getId()).exec();
                        removed.add("network " + n.getName());
                        left.remove(n);
                    } catch (RuntimeException e) {
                        if (OpsErrors.isNotFound(e)) {
                            left.remove(n);
                        } else {
                            lastErrors.add("network " + n.getName() + ": " + errors.translate(e, "remove", "network " + n.getName()).getMessage());
                        }
                    }
                }
                if (left.isEmpty()) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    failed.addAll(lastErrors);
                    return;
                }
                trigger.await(Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            left.forEach(n -> failed.add("network " + n.getName() + ": interrupted"));
        }
    }

    private void attempt(String what, Runnable call, List<String> removed, List<String> failed) {
        try {
            call.run();
            removed.add(what);
        } catch (RuntimeException e) {
            if (OpsErrors.isNotFound(e)) {
                return; // gone meanwhile: the wish holds
            }
            failed.add(what + ": " + errors.translate(e, "remove", what).getMessage());
        }
    }

    @Override
    public StackRollbackReport rollback(String stack) {
        StackChange change = lastChange(stack);
        if (change.serviceNames().isEmpty()) {
            throw new EngineException(Kind.BAD_REQUEST, "Gantry has not deployed or updated stack " + stack
                    + " in this session, so it does not know which services to roll back; roll back single services instead.");
        }
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String name : change.serviceNames()) {
            try {
                services.rollback(name);
                done.add(name);
            } catch (EngineException e) {
                failed.add(name + ": " + e.getMessage());
            }
        }
        return new StackRollbackReport(stack, done, failed);
    }

    @Override
    public StackChange lastChange(String stack) {
        return changes.last(stack).orElse(new StackChange(stack, null, List.of()));
    }

    @Override
    public void recordChange(String stack, List<String> serviceNames) {
        changes.record(new StackChange(stack, Instant.now(), serviceNames));
    }
}
