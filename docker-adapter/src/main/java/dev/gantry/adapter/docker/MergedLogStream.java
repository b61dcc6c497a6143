package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.logs.BacklogInterleaver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merged log of every container carrying one label value (a service's tasks, a stack's tasks),
 * the replicas' earlier lines in time order ({@link BacklogInterleaver}).
 * Containers starting later (a replaced task's successor, a scaled-up replica) join when the
 * engine's event stream reports their start; the event stream itself reconnects with back-off and
 * resynchronises by listing the containers again.
 */
final class MergedLogStream implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(MergedLogStream.class);
    /** The replicas' tails are put in time order once their streams were quiet this long (at most the max). */
    static final long BACKLOG_QUIET_MS = 250;
    static final long BACKLOG_MAX_MS = 2000;

    private final DockerClient client;
    private final EndpointProfile profile;
    private final ScheduledExecutorService scheduler;
    private final String labelKey;
    private final String labelValue;
    private final LogRequest request;
    private final BacklogInterleaver listener;
    private final Map<String, ContainerLogStream> streams = new ConcurrentHashMap<>();
    private volatile StreamCallback<Event> events;
    private volatile OtherNodesLogStream otherNodes;
    private volatile boolean closed;
    private volatile boolean attaching;
    private boolean endSignalled;
    private long eventBackoffMs = 500;

    MergedLogStream(DockerClient client, EndpointProfile profile, ScheduledExecutorService scheduler,
                    String labelKey, String labelValue, LogRequest request, LogListener listener) {
        this.client = client;
        this.profile = profile;
        this.scheduler = scheduler;
        this.labelKey = labelKey;
        this.labelValue = labelValue;
        this.request = request;
        this.listener = new BacklogInterleaver(listener, scheduler, BACKLOG_QUIET_MS, BACKLOG_MAX_MS);
    }

    void start() {
        if (request.follow()) {
            subscribeEvents();
        }
        attachExisting(request);
        openOtherNodes();
    }

    /** On a manager of a multi-node swarm, the tasks on other nodes come through the service log endpoint. */
    private void openOtherNodes() {
        try {
            String localNode = OtherNodesLogStream.localNodeIfMultiNodeManager(client);
            if (localNode == null || closed) {
                return;
            }
            List<String> services = labelKey.equals(DockerLogSource.STACK_NAMESPACE)
                    ? OtherNodesLogStream.servicesOfStack(client, labelValue) : List.of(labelValue);
            OtherNodesLogStream o = new OtherNodesLogStream(client, profile, localNode, request, listener::onLines);
            otherNodes = o;
            o.open(services);
            if (closed) {
                o.close();
            }
        } catch (RuntimeException e) {
            listener.onError(EngineErrors.translate(profile, e));
        }
    }

    private void subscribeEvents() {
        StreamCallback<Event> cb = new StreamCallback<>(this::onEvent, this::onEventsEnd);
        events = cb;
        try {
            client.eventsCmd().withEventTypeFilter(EventType.CONTAINER).withEventFilter("start")
                    .withLabelFilter(Map.of(labelKey, labelValue)).exec(cb);
        } catch (RuntimeException e) {
            onEventsEnd(e);
        }
    }

    private void onEventsEnd(Throwable failure) {
        if (closed) {
            return;
        }
        LOG.info("event stream for logs of {}={} on {} ended ({}); reconnecting", labelKey, labelValue,
                profile.host(), failure);
        long delay = eventBackoffMs;
        eventBackoffMs = Math.min(10_000, eventBackoffMs * 2);
        scheduler.schedule(() -> {
            if (!closed) {
                subscribeEvents();
                attachExisting(new LogRequest(true, 0, null)); // resync: join what started meanwhile
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void onEvent(Event e) {
        eventBackoffMs = 500;
        String id = e.getActor() != null ? e.getActor().getId() : e.getId();
        if (id != null) {
            // a new container: its whole log is new to us
            scheduler.execute(() -> attach(id, new LogRequest(true, null, null), true));
        }
    }

    private void attachExisting(LogRequest req) {
        List<Container> containers;
        try {
            containers = client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(labelKey, labelValue)).exec();
        } catch (RuntimeException e) {
            listener.onError(EngineErrors.translate(profile, e));
            return;
        }
        attaching = true;
        try {
            for (Container c : containers) {
                boolean running = "running".equals(c.getState());
                if (running || !request.follow() || req.tail() == null || req.tail() != 0) {
                    attach(c.getId(), req, false);
                }
            }
        } finally {
            attaching = false;
        }
        endIfAllEnded();
    }

    /** Without follow, the log ends when every container's stream has, and not before all were opened. */
    private synchronized void endIfAllEnded() {
        if (!request.follow() && !attaching && streams.isEmpty() && !endSignalled) {
            endSignalled = true;
            listener.onEnd();
        }
    }

    private void attach(String containerId, LogRequest req, boolean announce) {
        if (closed || streams.containsKey(containerId)) {
            return;
        }
        InspectContainerResponse inspect;
        try {
            inspect = client.inspectContainerCmd(containerId).exec();
        } catch (NotFoundException e) {
            return;
        } catch (RuntimeException e) {
            listener.onError(EngineErrors.translate(profile, e));
            return;
        }
        String source = TaskSources.sourceOf(inspect);
        Instant stoppedAt = stoppedAt(inspect);
        ContainerLogStream s = new ContainerLogStream(client, profile, scheduler, inspect, source, req,
                listener::onLines, () -> ended(containerId, source, stoppedAt));
        if (streams.putIfAbsent(containerId, s) != null) {
            return;
        }
        if (announce) {
            listener.onLines(List.of(LogLine.marker(Instant.now(), source, "--- " + source + " started ---")));
        }
        s.open();
        if (closed) {
            s.close();
        }
    }

    /** When a container that had already stopped did so (its marker belongs there in time), else null. */
    private static Instant stoppedAt(InspectContainerResponse inspect) {
        var state = inspect.getState();
        if (state == null || Boolean.TRUE.equals(state.getRunning()) || state.getFinishedAt() == null) {
            return null;
        }
        try {
            Instant t = Instant.parse(state.getFinishedAt());
            return t.getEpochSecond() > 0 ? t : null; // "0001-01-01T00:00:00Z": never finished
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void ended(String containerId, String source, Instant stoppedAt) {
        if (request.follow()) {
            Instant at = stoppedAt != null ? stoppedAt : Instant.now();
            listener.onLines(List.of(LogLine.marker(at, source, "--- " + source + " stopped ---")));
        } else {
            streams.remove(containerId);
            endIfAllEnded();
        }
    }

    /** The containers whose logs are joined now (tests). */
    java.util.Set<String> containerIds() {
        return java.util.Set.copyOf(streams.keySet());
    }

    @Override
    public void close() {
        closed = true;
        listener.cancel();
        StreamCallback<Event> e = events;
        if (e != null) {
            e.close();
        }
        streams.values().forEach(ContainerLogStream::close);
        OtherNodesLogStream o = otherNodes;
        if (o != null) {
            o.close();
        }
    }
}
