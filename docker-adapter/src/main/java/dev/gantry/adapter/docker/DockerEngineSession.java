package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.Subscription;

/** An {@link EngineSession} over one docker-java client. */
final class DockerEngineSession implements EngineSession {

    private final EndpointProfile profile;
    private final DockerClient client;
    private volatile EngineInfo info;

    DockerEngineSession(EndpointProfile profile, DockerClient client, EngineInfo info) {
        this.profile = profile;
        this.client = client;
        this.info = info;
    }

    DockerClient client() {
        return client;
    }

    @Override
    public EndpointProfile profile() {
        return profile;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public EngineInfo refreshInfo() {
        try {
            info = EngineInfoReader.read(client);
            return info;
        } catch (RuntimeException e) {
            throw EngineErrors.translate(profile, e);
        }
    }

    @Override
    public InventorySnapshot inventory() {
        throw new UnsupportedOperationException("inventory: built in the Foundation issue (inventory part)");
    }

    @Override
    public Subscription subscribeEvents(EngineEventListener listener) {
        throw new UnsupportedOperationException("events: built in the Foundation issue (events part)");
    }

    @Override
    public dev.gantry.adapter.api.deploy.StackDeployments stacks() {
        return new dev.gantry.adapter.docker.deploy.SwarmStackDeployments(
                dev.gantry.adapter.docker.deploy.EngineApi.of(client));
    }

    @Override
    public void close() {
        DockerClients.closeQuietly(client);
    }
}
