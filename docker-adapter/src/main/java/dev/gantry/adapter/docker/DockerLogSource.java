package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogListener;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogSource;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/** Log streams over docker-java: container logs, and service/stack logs merged from task containers. */
final class DockerLogSource implements LogSource {

    static final String STACK_NAMESPACE = "com.docker.stack.namespace";

    private final DockerClient client;
    private final EndpointProfile profile;
    private final ScheduledExecutorService scheduler;

    DockerLogSource(DockerClient client, EndpointProfile profile, ScheduledExecutorService scheduler) {
        this.client = client;
        this.profile = profile;
        this.scheduler = scheduler;
    }

    @Override
    public Subscription container(String containerIdOrName, LogRequest request, LogListener listener) {
        Objects.requireNonNull(containerIdOrName, "container");
        ContainerLogStream[] holder = new ContainerLogStream[1];
        boolean[] closed = new boolean[1];
        scheduler.execute(() -> {
            InspectContainerResponse inspect;
            try {
                inspect = client.inspectContainerCmd(containerIdOrName).exec();
            } catch (RuntimeException e) {
                listener.onError(EngineErrors.translate(profile, e));
                listener.onEnd();
                return;
            }
            ContainerLogStream s = new ContainerLogStream(client, profile, scheduler, inspect,
                    TaskSources.sourceOf(inspect), request, listener::onLines, listener::onEnd);
            synchronized (holder) {
                if (closed[0]) {
                    return;
                }
                holder[0] = s;
            }
            s.open();
        });
        return () -> {
            ContainerLogStream s;
            synchronized (holder) {
                closed[0] = true;
                s = holder[0];
            }
            if (s != null) {
                s.close();
            }
        };
    }

    @Override
    public Subscription service(String serviceName, LogRequest request, LogListener listener) {
        return merged(TaskSources.SERVICE_NAME, serviceName, request, listener);
    }

    @Override
    public Subscription stack(String stackNamespace, LogRequest request, LogListener listener) {
        return merged(STACK_NAMESPACE, stackNamespace, request, listener);
    }

    /** Opened merged streams are returned as such so tests can look inside. */
    MergedLogStream merged(String labelKey, String value, LogRequest request, LogListener listener) {
        Objects.requireNonNull(value, labelKey);
        MergedLogStream m = new MergedLogStream(client, profile, scheduler, labelKey, value, request, listener);
        scheduler.execute(m::start);
        return m;
    }
}
