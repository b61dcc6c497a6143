package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.BuildConfig;
import dev.gantry.adapter.compose.model.DeployConfig;
import dev.gantry.adapter.compose.model.HealthCheckConfig;
import dev.gantry.adapter.compose.model.LoggingConfig;
import dev.gantry.adapter.compose.model.Placement;
import dev.gantry.adapter.compose.model.ResourceLimit;
import dev.gantry.adapter.compose.model.ResourceReservation;
import dev.gantry.adapter.compose.model.Resources;
import dev.gantry.adapter.compose.model.RestartPolicy;
import dev.gantry.adapter.compose.model.UpdateConfig;
import dev.gantry.adapter.compose.model.FileReference;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stage 6: merges the projects of {@code -c a.yml -c b.yml} like the CLI's merge.go (measured with
 * {@code docker stack config -c a -c b}): a later file overrides the scalars it sets, nested
 * sections (deploy, its update/rollback config, resources, restart policy, healthcheck, logging,
 * build) merge field by field; maps (environment, labels, ulimits, service networks, ...) merge key
 * by key; lists append, except ports (by published port), volumes (by target), secrets and configs
 * (by source), which the later file replaces entry by entry and which come out sorted by that key,
 * and command/entrypoint, which it replaces. Top-level networks, volumes, secrets and configs are
 * replaced by name.
 */
final class Merger {

    ComposeProject merge(List<ComposeProject> projects) {
        ComposeProject base = projects.get(0);
        for (int i = 1; i < projects.size(); i++) {
            base = merge(base, projects.get(i));
        }
        return base;
    }

    private ComposeProject merge(ComposeProject a, ComposeProject b) {
        Map<String, ServiceConfig> services = new TreeMap<>(a.services());
        b.services().forEach((name, s) -> services.merge(name, s, this::service));
        List<Path> files = new ArrayList<>(a.files());
        files.addAll(b.files());
        return new ComposeProject(b.version(), a.workingDir(), files, services, over(a.networks(), b.networks()),
                over(a.volumes(), b.volumes()), over(a.secrets(), b.secrets()), over(a.configs(), b.configs()),
                over(a.extensions(), b.extensions()));
    }

    private static <V> Map<String, V> over(Map<String, V> a, Map<String, V> b) {
        Map<String, V> m = new TreeMap<>(a);
        m.putAll(b);
        return m;
    }

    ServiceConfig service(ServiceConfig a, ServiceConfig b) {
        return new ServiceConfig(a.name(), build(a.build(), b.build()), append(a.capAdd(), b.capAdd()),
                append(a.capDrop(), b.capDrop()), pick(a.cgroupnsMode(), b.cgroupnsMode()),
                pick(a.cgroupParent(), b.cgroupParent()), b.command() != null ? b.command() : a.command(),
                sortedByKey(a.configs(), b.configs(), FileReference::source), pick(a.containerName(), b.containerName()),
                pick(a.credentialSpec(), b.credentialSpec()), append(a.dependsOn(), b.dependsOn()), maps(a.dependencies(), b.dependencies()),
                deploy(a.deploy(), b.deploy()), append(a.devices(), b.devices()), append(a.dns(), b.dns()),
                append(a.dnsSearch(), b.dnsSearch()), pick(a.domainName(), b.domainName()),
                b.entrypoint() != null ? b.entrypoint() : a.entrypoint(), maps(a.environment(), b.environment()),
                append(a.envFile(), b.envFile()), append(a.expose(), b.expose()),
                append(a.externalLinks(), b.externalLinks()), append(a.extraHosts(), b.extraHosts()),
                pick(a.hostname(), b.hostname()), healthcheck(a.healthcheck(), b.healthcheck()), pick(a.image(), b.image()),
                b.init() != null ? b.init() : a.init(), pick(a.ipc(), b.ipc()), pick(a.isolation(), b.isolation()),
                maps(a.labels(), b.labels()), append(a.links(), b.links()), logging(a.logging(), b.logging()),
                pick(a.macAddress(), b.macAddress()), pick(a.networkMode(), b.networkMode()),
                maps(a.networks(), b.networks()), pick(a.pid(), b.pid()),
                ports(a.ports(), b.ports()), a.privileged() || b.privileged(),
                a.readOnly() || b.readOnly(), pick(a.restart(), b.restart()),
                sortedByKey(a.secrets(), b.secrets(), FileReference::source), append(a.securityOpt(), b.securityOpt()),
                pick(a.shmSize(), b.shmSize()), a.stdinOpen() || b.stdinOpen(),
                pick(a.stopGracePeriod(), b.stopGracePeriod()), pick(a.stopSignal(), b.stopSignal()),
                maps(a.sysctls(), b.sysctls()), append(a.tmpfs(), b.tmpfs()), a.tty() || b.tty(),
                maps(a.ulimits(), b.ulimits()), pick(a.user(), b.user()), pick(a.usernsMode(), b.usernsMode()),
                sortedByKey(a.volumes(), b.volumes(), v -> String.valueOf(v.target())), pick(a.workingDir(), b.workingDir()),
                maps(a.extensions(), b.extensions()));
    }

    private static DeployConfig deploy(DeployConfig a, DeployConfig b) {
        Placement pa = a.placement();
        Placement pb = b.placement();
        Placement placement = new Placement(append(pa.constraints(), pb.constraints()),
                append(pa.preferences(), pb.preferences()),
                pb.maxReplicasPerNode() != 0 ? pb.maxReplicasPerNode() : pa.maxReplicasPerNode());
        return new DeployConfig(pick(a.mode(), b.mode()), b.replicas() != null ? b.replicas() : a.replicas(),
                maps(a.labels(), b.labels()), update(a.updateConfig(), b.updateConfig()),
                update(a.rollbackConfig(), b.rollbackConfig()), resources(a.resources(), b.resources()),
                restart(a.restartPolicy(), b.restartPolicy()), placement, pick(a.endpointMode(), b.endpointMode()));
    }

    private static UpdateConfig update(UpdateConfig a, UpdateConfig b) {
        if (a == null || b == null) {
            return b == null ? a : b;
        }
        return new UpdateConfig(b.parallelism() != null ? b.parallelism() : a.parallelism(),
                nonZero(a.delay(), b.delay()), pick(a.failureAction(), b.failureAction()),
                nonZero(a.monitor(), b.monitor()), b.maxFailureRatio() != 0 ? b.maxFailureRatio() : a.maxFailureRatio(),
                pick(a.order(), b.order()));
    }

    private static java.time.Duration nonZero(java.time.Duration a, java.time.Duration b) {
        return b == null || b.isZero() ? a : b;
    }

    private static Resources resources(Resources a, Resources b) {
        ResourceLimit la = a.limits();
        ResourceLimit lb = b.limits();
        ResourceLimit limits = la == null || lb == null ? (lb == null ? la : lb)
                : new ResourceLimit(pick(la.cpus(), lb.cpus()), lb.memoryBytes() != 0 ? lb.memoryBytes() : la.memoryBytes(),
                lb.pids() != 0 ? lb.pids() : la.pids());
        ResourceReservation ra = a.reservations();
        ResourceReservation rb = b.reservations();
        ResourceReservation reservations = ra == null || rb == null ? (rb == null ? ra : rb)
                : new ResourceReservation(pick(ra.cpus(), rb.cpus()),
                rb.memoryBytes() != 0 ? rb.memoryBytes() : ra.memoryBytes(),
                append(ra.genericResources(), rb.genericResources()));
        return new Resources(limits, reservations);
    }

    private static RestartPolicy restart(RestartPolicy a, RestartPolicy b) {
        if (a == null || b == null) {
            return b == null ? a : b;
        }
        return new RestartPolicy(pick(a.condition(), b.condition()), pick(a.delay(), b.delay()),
                b.maxAttempts() != null ? b.maxAttempts() : a.maxAttempts(), pick(a.window(), b.window()));
    }

    private static HealthCheckConfig healthcheck(HealthCheckConfig a, HealthCheckConfig b) {
        if (a == null || b == null) {
            return b == null ? a : b;
        }
        return new HealthCheckConfig(b.test().isEmpty() ? a.test() : b.test(), pick(a.timeout(), b.timeout()),
                pick(a.interval(), b.interval()), b.retries() != null ? b.retries() : a.retries(),
                pick(a.startPeriod(), b.startPeriod()), pick(a.startInterval(), b.startInterval()),
                a.disable() || b.disable());
    }

    private static LoggingConfig logging(LoggingConfig a, LoggingConfig b) {
        if (a == null || b == null) {
            return b == null ? a : b;
        }
        return new LoggingConfig(pick(a.driver(), b.driver()), maps(a.options(), b.options()));
    }

    private static BuildConfig build(BuildConfig a, BuildConfig b) {
        if (a == null || b == null) {
            return b == null ? a : b;
        }
        return new BuildConfig(pick(a.context(), b.context()), pick(a.dockerfile(), b.dockerfile()),
                maps(a.args(), b.args()), maps(a.labels(), b.labels()), append(a.cacheFrom(), b.cacheFrom()),
                append(a.extraHosts(), b.extraHosts()), pick(a.network(), b.network()), pick(a.target(), b.target()));
    }

    private static List<ServicePortConfig> ports(List<ServicePortConfig> a, List<ServicePortConfig> b) {
        Map<Long, ServicePortConfig> m = new TreeMap<>();
        a.forEach(p -> m.put(p.published(), p));
        b.forEach(p -> m.put(p.published(), p));
        return new ArrayList<>(m.values());
    }

    private static <T> T pick(T a, T b) {
        if (b == null || b instanceof String s && s.isEmpty()) {
            return a;
        }
        return b;
    }

    private static <T> List<T> append(List<T> a, List<T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static <V> Map<String, V> maps(Map<String, V> a, Map<String, V> b) {
        Map<String, V> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static <T> List<T> sortedByKey(List<T> a, List<T> b, Function<T, String> key) {
        Map<String, T> m = new TreeMap<>();
        for (T t : a) {
            m.put(key.apply(t), t);
        }
        for (T t : b) {
            m.put(key.apply(t), t);
        }
        return new ArrayList<>(m.values());
    }
}
