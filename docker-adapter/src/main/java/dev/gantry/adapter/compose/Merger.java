package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.DeployConfig;
import dev.gantry.adapter.compose.model.FileReference;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stage 6: merges the projects of {@code -c a.yml -c b.yml} like the CLI's merge.go: a later file
 * overrides scalars it sets; maps (environment, labels, sysctls, ...) merge key by key; lists append,
 * except ports (by target/published/protocol/mode), volumes (by target), secrets and configs (by
 * source), which the later file replaces entry by entry, and command/entrypoint, which it replaces.
 * Top-level networks, volumes, secrets and configs are replaced by name.
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
        return new ServiceConfig(a.name(), pick(a.build(), b.build()), append(a.capAdd(), b.capAdd()),
                append(a.capDrop(), b.capDrop()), pick(a.cgroupnsMode(), b.cgroupnsMode()),
                pick(a.cgroupParent(), b.cgroupParent()), b.command() != null ? b.command() : a.command(),
                byKey(a.configs(), b.configs(), FileReference::source), pick(a.containerName(), b.containerName()),
                pick(a.credentialSpec(), b.credentialSpec()), append(a.dependsOn(), b.dependsOn()),
                deploy(a.deploy(), b.deploy()), append(a.devices(), b.devices()), append(a.dns(), b.dns()),
                append(a.dnsSearch(), b.dnsSearch()), pick(a.domainName(), b.domainName()),
                b.entrypoint() != null ? b.entrypoint() : a.entrypoint(), maps(a.environment(), b.environment()),
                append(a.envFile(), b.envFile()), append(a.expose(), b.expose()),
                append(a.externalLinks(), b.externalLinks()), unique(a.extraHosts(), b.extraHosts()),
                pick(a.hostname(), b.hostname()), pick(a.healthcheck(), b.healthcheck()), pick(a.image(), b.image()),
                b.init() != null ? b.init() : a.init(), pick(a.ipc(), b.ipc()), pick(a.isolation(), b.isolation()),
                maps(a.labels(), b.labels()), append(a.links(), b.links()), pick(a.logging(), b.logging()),
                pick(a.macAddress(), b.macAddress()), pick(a.networkMode(), b.networkMode()),
                maps(a.networks(), b.networks()), pick(a.pid(), b.pid()),
                byKey(a.ports(), b.ports(), Merger::portKey), a.privileged() || b.privileged(),
                a.readOnly() || b.readOnly(), pick(a.restart(), b.restart()),
                byKey(a.secrets(), b.secrets(), FileReference::source), append(a.securityOpt(), b.securityOpt()),
                pick(a.shmSize(), b.shmSize()), a.stdinOpen() || b.stdinOpen(),
                pick(a.stopGracePeriod(), b.stopGracePeriod()), pick(a.stopSignal(), b.stopSignal()),
                maps(a.sysctls(), b.sysctls()), append(a.tmpfs(), b.tmpfs()), a.tty() || b.tty(),
                maps(a.ulimits(), b.ulimits()), pick(a.user(), b.user()), pick(a.usernsMode(), b.usernsMode()),
                byKey(a.volumes(), b.volumes(), ServiceVolumeConfig::target), pick(a.workingDir(), b.workingDir()),
                maps(a.extensions(), b.extensions()));
    }

    private static DeployConfig deploy(DeployConfig a, DeployConfig b) {
        return new DeployConfig(pick(a.mode(), b.mode()), b.replicas() != null ? b.replicas() : a.replicas(),
                maps(a.labels(), b.labels()), pick(a.updateConfig(), b.updateConfig()),
                pick(a.rollbackConfig(), b.rollbackConfig()),
                new dev.gantry.adapter.compose.model.Resources(
                        pick(a.resources().limits(), b.resources().limits()),
                        pick(a.resources().reservations(), b.resources().reservations())),
                pick(a.restartPolicy(), b.restartPolicy()),
                b.placement().equals(dev.gantry.adapter.compose.model.Placement.EMPTY) ? a.placement() : b.placement(),
                pick(a.endpointMode(), b.endpointMode()));
    }

    private static String portKey(ServicePortConfig p) {
        return p.target() + "/" + p.published() + "/" + p.protocol() + "/" + p.mode();
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

    private static List<String> unique(List<String> a, List<String> b) {
        return new ArrayList<>(new LinkedHashSet<>(append(a, b)));
    }

    private static <V> Map<String, V> maps(Map<String, V> a, Map<String, V> b) {
        Map<String, V> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static <T> List<T> byKey(List<T> a, List<T> b, Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : a) {
            m.put(key.apply(t), t);
        }
        for (T t : b) {
            m.put(key.apply(t), t);
        }
        return new ArrayList<>(m.values());
    }
}
