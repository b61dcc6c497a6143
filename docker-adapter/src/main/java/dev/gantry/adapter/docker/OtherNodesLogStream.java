package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.logs.LogLineAssembler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of a service's tasks that run on other nodes of the swarm, read through the manager's
 * service log endpoint ({@code GET /services/ID/logs?details=1}), which reaches every node and
 * follows replacement tasks by itself. Containers on the connected node are streamed directly by
 * {@link MergedLogStream}; their lines are skipped here (the details name each line's node and task).
 * Opened only on a manager of a swarm with more than one node.
 */
final class OtherNodesLogStream {

    private static final Logger LOG = LoggerFactory.getLogger(OtherNodesLogStream.class);
    private static final String NODE_ID = "com.docker.swarm.node.id";
    private static final String TASK_ID = "com.docker.swarm.task.id";

    private final DockerClient client;
    private final EndpointProfile profile;
    private final String localNodeId;
    private final LogRequest request;
    private final Consumer<List<LogLine>> sink;
    private final Map<String, LogLineAssembler> byTask = new ConcurrentHashMap<>();
    private final Map<String, String> sourceByTask = new ConcurrentHashMap<>();
    private final List<DockerHttpClient.Response> responses = new ArrayList<>();
    private final List<Thread> readers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;

    OtherNodesLogStream(DockerClient client, EndpointProfile profile, String localNodeId, LogRequest request,
                        Consumer<List<LogLine>> sink) {
        this.client = client;
        this.profile = profile;
        this.localNodeId = localNodeId;
        this.request = request;
        this.sink = sink;
    }

    /** This node's id when it manages a swarm of several nodes; null when there is nothing to add. */
    static String localNodeIfMultiNodeManager(DockerClient client) {
        Info info = client.infoCmd().exec();
        SwarmInfo swarm = info.getSwarm();
        if (swarm == null || !Boolean.TRUE.equals(swarm.getControlAvailable())) {
            return null;
        }
        Integer nodes = swarm.getNodes();
        return nodes != null && nodes > 1 ? swarm.getNodeID() : null;
    }

    /**
     * Opens one service log stream per service (ids or names), each read on its own daemon thread.
     * The request is made directly: docker-java 3.5.3's service log command drops {@code details}.
     */
    void open(List<String> services) {
        DockerHttpClient http = ((DockerClientImpl) client).getHttpClient();
        for (String service : services) {
            StringBuilder path = new StringBuilder("/services/").append(URLEncoder.encode(service, StandardCharsets.UTF_8))
                    .append("/logs?details=1&timestamps=1&stdout=1&stderr=1&follow=").append(request.follow() ? 1 : 0);
            path.append("&tail=").append(request.tail() == null ? "all" : request.tail().toString());
            if (request.since() != null) {
                path.append("&since=").append(request.since().getEpochSecond());
            }
            DockerHttpClient.Request req = DockerHttpClient.Request.builder()
                    .method(DockerHttpClient.Request.Method.GET).path(path.toString()).build();
            Thread reader = new Thread(() -> read(http, req, service), "gantry-othernodes-logs-" + service);
            reader.setDaemon(true);
            synchronized (responses) {
                if (closed) {
                    return;
                }
                readers.add(reader);
            }
            reader.start();
        }
    }

    private void read(DockerHttpClient http, DockerHttpClient.Request req, String service) {
        Throwable failure = null;
        try (DockerHttpClient.Response resp = http.execute(req)) {
            synchronized (responses) {
                if (closed) {
                    return;
                }
                responses.add(resp);
            }
            if (resp.getStatusCode() >= 300) {
                throw new EngineException(EngineException.Kind.UNKNOWN, "The engine at " + profile.host()
                        + " refused the log of service " + service + " (HTTP " + resp.getStatusCode() + ").");
            }
            LogFrameReader.read(resp.getBody(), false,
                    (kind, buf, off, len) -> onFrame(kind, java.util.Arrays.copyOfRange(buf, off, off + len)), () -> closed);
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        ended(service, failure);
    }

    /** The services of a stack, by name. */
    static List<String> servicesOfStack(DockerClient client, String namespace) {
        return client.listServicesCmd().withLabelFilter(Map.of(DockerLogSource.STACK_NAMESPACE, namespace)).exec()
                .stream().map(Service::getSpec).filter(s -> s != null && s.getName() != null)
                .map(s -> s.getName()).toList();
    }

    private void onFrame(LogStreamKind kind, byte[] payload) {
        ServiceLogFrame f = ServiceLogFrame.parse(payload);
        if (f == null || f.taskId() == null || localNodeId.equals(f.nodeId())) {
            return;
        }
        byTask.computeIfAbsent(f.taskId(), id -> new LogLineAssembler(source(id), line -> sink.accept(List.of(line))))
                .frame(kind, f.withoutDetails(), false);
    }

    /** "service.slot" (or "service.node" for a global task), as for local task containers. */
    private String source(String taskId) {
        return sourceByTask.computeIfAbsent(taskId, id -> {
            try {
                List<Task> tasks = client.listTasksCmd().withIdFilter(id).exec();
                if (!tasks.isEmpty()) {
                    Task t = tasks.get(0);
                    String service = serviceName(t.getServiceId());
                    String slot = t.getSlot() != null && t.getSlot() > 0 ? String.valueOf(t.getSlot())
                            : t.getNodeId() == null ? id : t.getNodeId();
                    return service + "." + (slot.length() > 12 ? slot.substring(0, 12) : slot);
                }
            } catch (RuntimeException e) {
                LOG.debug("task {} on {} could not be listed", id, profile.host(), e);
            }
            return id.length() > 12 ? id.substring(0, 12) : id;
        });
    }

    private String serviceName(String serviceId) {
        Service s = client.inspectServiceCmd(serviceId).exec();
        return s.getSpec() != null && s.getSpec().getName() != null ? s.getSpec().getName() : serviceId;
    }

    private void ended(String service, Throwable failure) {
        byTask.values().forEach(LogLineAssembler::finish);
        if (!closed && failure != null) {
            LOG.info("log stream of {} from other nodes on {} ended ({})", service, profile.host(), failure.toString());
            sink.accept(List.of(LogLine.marker(Instant.now(), service,
                    "--- the log of " + service + "'s tasks on other nodes ended: " + failure.getMessage() + " ---")));
        }
    }

    void close() {
        List<DockerHttpClient.Response> open;
        synchronized (responses) {
            closed = true;
            open = List.copyOf(responses);
        }
        for (DockerHttpClient.Response r : open) {
            try {
                r.close();
            } catch (RuntimeException e) {
                LOG.debug("closing a service log response", e);
            }
        }
        readers.forEach(Thread::interrupt);
    }

    /**
     * One frame of a service log read with details and timestamps:
     * {@code TIMESTAMP SP k=v,k=v... SP MESSAGE}.
     */
    record ServiceLogFrame(byte[] timestamp, String nodeId, String taskId, byte[] message) {

        static ServiceLogFrame parse(byte[] p) {
            int ts = indexOf(p, (byte) ' ', 0);
            if (ts < 0) {
                return null;
            }
            int details = indexOf(p, (byte) ' ', ts + 1);
            int end = details < 0 ? p.length : details;
            String nodeId = null;
            String taskId = null;
            for (String kv : new String(p, ts + 1, end - ts - 1, StandardCharsets.UTF_8).split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    String k = kv.substring(0, eq);
                    if (k.equals(NODE_ID)) {
                        nodeId = kv.substring(eq + 1);
                    } else if (k.equals(TASK_ID)) {
                        taskId = kv.substring(eq + 1);
                    }
                }
            }
            byte[] stamp = java.util.Arrays.copyOfRange(p, 0, ts);
            byte[] message = details < 0 ? new byte[0] : java.util.Arrays.copyOfRange(p, details + 1, p.length);
            return new ServiceLogFrame(stamp, nodeId, taskId, message);
        }

        /** The frame as a container log frame with timestamps: {@code TIMESTAMP SP MESSAGE}. */
        byte[] withoutDetails() {
            byte[] out = new byte[timestamp.length + 1 + message.length];
            System.arraycopy(timestamp, 0, out, 0, timestamp.length);
            out[timestamp.length] = ' ';
            System.arraycopy(message, 0, out, timestamp.length + 1, message.length);
            return out;
        }

        private static int indexOf(byte[] p, byte b, int from) {
            for (int i = from; i < p.length; i++) {
                if (p[i] == b) {
                    return i;
                }
            }
            return -1;
        }
    }
}
