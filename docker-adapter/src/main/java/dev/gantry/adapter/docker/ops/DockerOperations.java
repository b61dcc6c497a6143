package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.ContainerOperations;
import dev.gantry.adapter.api.ops.ExecRestartOperations;
import dev.gantry.adapter.api.ops.NodeOperations;
import dev.gantry.adapter.api.ops.Operations;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.StackOperations;
import dev.gantry.adapter.ops.StackChangeLog;
import java.util.function.Function;

/** {@link Operations} over one docker-java client; created by the session. */
public final class DockerOperations implements Operations {

    private final DockerServiceOperations services;
    private final DockerContainerOperations containers;
    private final DockerNodeOperations nodes;
    private final DockerStackOperations stacks;
    private final DockerPruneOperations prune;
    private final DockerExecRestart execRestart;

    /**
     * @param general the session's translation of transport and unknown errors
     * @param changes where Gantry notes what it changed per stack (for stack rollback)
     */
    public DockerOperations(DockerClient client, EndpointProfile profile, Function<Throwable, EngineException> general,
                            StackChangeLog changes) {
        EngineHttp http = new EngineHttp(client);
        OpsErrors errors = new OpsErrors(general);
        this.services = new DockerServiceOperations(client, http, errors, changes);
        this.containers = new DockerContainerOperations(client, http, errors);
        this.nodes = new DockerNodeOperations(client, http, errors);
        this.stacks = new DockerStackOperations(client, services, errors, changes);
        this.prune = new DockerPruneOperations(client, http, errors);
        this.execRestart = new DockerExecRestart(client, http, profile, services, containers, errors);
    }

    @Override
    public ServiceOperations services() {
        return services;
    }

    @Override
    public ContainerOperations containers() {
        return containers;
    }

    @Override
    public NodeOperations nodes() {
        return nodes;
    }

    @Override
    public StackOperations stacks() {
        return stacks;
    }

    @Override
    public PruneOperations prune() {
        return prune;
    }

    @Override
    public ExecRestartOperations execRestart() {
        return execRestart;
    }
}
