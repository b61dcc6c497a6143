package dev.gantry.adapter.docker;

import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.gantry.adapter.api.ContainerDetails;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.MountInfo;
import dev.gantry.adapter.api.PublishedPort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** docker-java's container inspect to {@link ContainerDetails}. */
final class ContainerDetailsMapper {

    private ContainerDetailsMapper() {
    }

    static ContainerDetails map(InspectContainerResponse r) {
        ContainerConfig config = r.getConfig();
        InspectContainerResponse.ContainerState state = r.getState();
        HealthState health = state == null ? null : state.getHealth();
        String name = r.getName() == null ? "" : r.getName();
        return new ContainerDetails(
                r.getId(),
                name.startsWith("/") ? name.substring(1) : name,
                config == null ? null : config.getImage(),
                state == null ? null : state.getStatus(),
                state == null ? null : state.getExitCode(),
                Times.parse(r.getCreated()),
                state == null ? null : Times.parse(state.getStartedAt()),
                state == null ? null : Times.parse(state.getFinishedAt()),
                command(r),
                config == null || config.getEnv() == null ? List.of() : Arrays.asList(config.getEnv()),
                mounts(r.getMounts()),
                config == null || config.getLabels() == null ? Map.of() : config.getLabels(),
                ports(r.getNetworkSettings() == null ? null : r.getNetworkSettings().getPorts()),
                r.getRestartCount() == null ? 0 : r.getRestartCount(),
                health == null ? Health.NONE : Health.parse(health.getStatus()),
                lastOutput(health));
    }

    static List<String> command(InspectContainerResponse r) {
        List<String> out = new ArrayList<>();
        if (r.getPath() != null && !r.getPath().isEmpty()) {
            out.add(r.getPath());
        }
        if (r.getArgs() != null) {
            out.addAll(Arrays.asList(r.getArgs()));
        }
        return out;
    }

    static List<MountInfo> mounts(List<InspectContainerResponse.Mount> mounts) {
        if (mounts == null) {
            return List.of();
        }
        List<MountInfo> out = new ArrayList<>();
        for (InspectContainerResponse.Mount m : mounts) {
            out.add(new MountInfo(
                    mountType(m),
                    m.getName(),
                    m.getSource(),
                    m.getDestination() == null ? null : m.getDestination().getPath(),
                    !Boolean.FALSE.equals(m.getRW())));
        }
        out.sort(Comparator.comparing(MountInfo::destination, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** docker-java's inspect mount has no type: a named one is a volume, one without source tmpfs. */
    static String mountType(InspectContainerResponse.Mount m) {
        if (m.getName() != null && !m.getName().isEmpty()) {
            return "volume";
        }
        return m.getSource() == null || m.getSource().isEmpty() ? "tmpfs" : "bind";
    }

    /** Exposed ports, each with its host bindings; an exposed port without binding has published 0. */
    static List<PublishedPort> ports(Ports ports) {
        if (ports == null || ports.getBindings() == null) {
            return List.of();
        }
        List<PublishedPort> out = new ArrayList<>();
        for (Map.Entry<ExposedPort, Ports.Binding[]> e : ports.getBindings().entrySet()) {
            ExposedPort exposed = e.getKey();
            String protocol = exposed.getProtocol() == null ? "tcp" : exposed.getProtocol().toString();
            if (e.getValue() == null || e.getValue().length == 0) {
                out.add(new PublishedPort(null, 0, exposed.getPort(), protocol, "host"));
                continue;
            }
            for (Ports.Binding b : e.getValue()) {
                String ip = "::".equals(b.getHostIp()) ? "0.0.0.0" : b.getHostIp();
                PublishedPort p = new PublishedPort(ip, parsePort(b.getHostPortSpec()), exposed.getPort(), protocol, "host");
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingInt(PublishedPort::target).thenComparingInt(PublishedPort::published));
        return out;
    }

    private static int parsePort(String spec) {
        if (spec == null || spec.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(spec.contains("-") ? spec.substring(0, spec.indexOf('-')) : spec);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String lastOutput(HealthState health) {
        if (health == null || health.getLog() == null || health.getLog().isEmpty()) {
            return null;
        }
        HealthStateLog last = health.getLog().get(health.getLog().size() - 1);
        return last.getOutput() == null ? null : last.getOutput().strip();
    }
}
