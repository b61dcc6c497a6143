package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.ContainerDetails;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.InspectKind;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.VolumeInfo;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.gantry.adapter.api.ops.Operations;
import dev.gantry.adapter.docker.ops.DockerOperations;
import dev.gantry.adapter.ops.StackChangeLog;

/** An {@link EngineSession} over one docker-java client. */
final class DockerEngineSession implements EngineSession {

    private final EndpointProfile profile;
    private final DockerClient client;
    private volatile EngineInfo info;
    private final ParallelCalls calls;
    private final RawApi raw;
    private final InventoryReader inventoryReader;
    private final ResourceReader resourceReader;
    private final InspectReader inspectReader;
    private final Set<EventStream> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile Operations operations;
    private final StreamScheduler streams = new StreamScheduler();
    private volatile DockerLogSource logs;
    private volatile DockerStatsSource stats;

    private final StackChangeLog stackChanges;

    DockerEngineSession(EndpointProfile profile, DockerClient client, EngineInfo info) {
        this(profile, client, info, StackChangeLog.inMemory());
    }

    DockerEngineSession(EndpointProfile profile, DockerClient client, EngineInfo info, StackChangeLog stackChanges) {
        this.stackChanges = stackChanges;
        this.profile = profile;
        this.client = client;
        this.info = info;
        this.calls = new ParallelCalls(profile);
        this.raw = new RawApi(client, () -> this.info.negotiatedApiVersion());
        this.inventoryReader = new InventoryReader(raw, calls, this::info, this::refreshInfo);
        this.resourceReader = new ResourceReader(raw, calls, profile);
        this.inspectReader = new InspectReader(raw, profile);
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
            info = EngineInfoReader.read(raw, info.negotiatedApiVersion());
            return info;
        } catch (RuntimeException e) {
            throw EngineErrors.translate(profile, e);
        }
    }

    @Override
    public InventorySnapshot inventory() {
        return inventoryReader.read();
    }

    @Override
    public Subscription subscribeEvents(EngineEventListener listener) {
        EventStream stream = EventStream.start(client, profile, listener);
        subscriptions.add(stream);
        return () -> {
            subscriptions.remove(stream);
            stream.close();
        };
    }

    @Override
    public List<ImageInfo> images() {
        return resourceReader.images();
    }

    @Override
    public List<VolumeInfo> volumes() {
        return resourceReader.volumes();
    }

    @Override
    public List<NetworkInfo> networks() {
        return resourceReader.networks();
    }

    @Override
    public String inspectJson(InspectKind kind, String id) {
        return inspectReader.inspectJson(kind, id);
    }

    @Override
    public ContainerDetails containerDetails(String containerId) {
        try {
            return ContainerDetailsMapper.map(client.inspectContainerCmd(containerId).exec());
        } catch (RuntimeException e) {
            throw e instanceof EngineException ee ? ee : EngineErrors.translate(profile, e);
        }
    }

    @Override
    public Operations operations() {
        Operations ops = operations;
        if (ops == null) {
            synchronized (this) {
                if (operations == null) {
                    operations = new DockerOperations(client, profile, e -> EngineErrors.translate(profile, e),
                            stackChanges);
                }
                ops = operations;
            }
        }
        return ops;
    }

    @Override
    public synchronized DockerLogSource logs() {
        if (logs == null) {
            logs = new DockerLogSource(client, profile, streams.get());
        }
        return logs;
    }

    @Override
    public synchronized DockerStatsSource stats() {
        if (stats == null) {
            stats = new DockerStatsSource(client, profile, streams.get());
        }
        return stats;
    }

    @Override
    public dev.gantry.adapter.api.deploy.StackDeployments stacks() {
        return new dev.gantry.adapter.docker.deploy.SwarmStackDeployments(
                dev.gantry.adapter.docker.deploy.EngineApi.of(client));
    }

    @Override
    public dev.gantry.adapter.api.deploy.ComposeProjects composeProjects() {
        return new dev.gantry.adapter.docker.up.ComposeRunner(dev.gantry.adapter.docker.deploy.EngineApi.of(client));
    }

    @Override
    public void close() {
        subscriptions.forEach(EventStream::close);
        calls.close();
        if (stats != null) {
            stats.close();
        }
        streams.close();
        DockerClients.closeQuietly(client);
    }
}
