package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.api.deploy.StackConversionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import dev.gantry.adapter.docker.deploy.StackLabels;
import java.util.List;
import java.util.Map;

/** One compose service to one ServiceSpec, assembled from the small sub-spec functions. */
final class ServiceConverter {

    private ServiceConverter() {
    }

    static ObjectNode service(Namespace ns, ServiceConfig s, ComposeProject project) {
        try {
            return spec(ns, s, project);
        } catch (StackConversionException e) {
            throw StackConversionException.service(s.name(), e.getMessage());
        }
    }

    private static ObjectNode spec(Namespace ns, ServiceConfig s, ComposeProject project) {
        if (s.image() == null || s.image().isEmpty()) {
            throw new StackConversionException(s.build() != null
                    ? "uses build: and has no image; a swarm cannot build, set image:"
                    : "has no image");
        }
        ObjectNode spec = Json.object();
        spec.put("Name", ns.scope(s.name()));
        Map<String, String> labels = ns.withStackLabel(s.deploy().labels());
        labels.put(StackLabels.IMAGE, s.image());
        Json.putMap(spec, "Labels", labels);

        ObjectNode task = spec.putObject("TaskTemplate");
        task.set("ContainerSpec", containerSpec(ns, s, project));
        Json.putObject(task, "Resources", TaskParts.resources(s.deploy().resources()));
        Json.putObject(task, "RestartPolicy", TaskParts.restartPolicy(s.restart(), s.deploy().restartPolicy()));
        Json.putObject(task, "Placement", TaskParts.placement(s.deploy().placement()));
        task.set("Networks", NetworkConverter.attachments(ns, s, project.networks()));
        Json.putObject(task, "LogDriver", TaskParts.logDriver(s.logging()));

        spec.set("Mode", TaskParts.mode(s.deploy()));
        Json.putObject(spec, "UpdateConfig", TaskParts.updateConfig(s.deploy().updateConfig()));
        Json.putObject(spec, "RollbackConfig", TaskParts.updateConfig(s.deploy().rollbackConfig()));
        // the CLI always sends an EndpointSpec (the engine then records Mode vip)
        spec.set("EndpointSpec", EndpointConverter.endpointSpec(s.deploy().endpointMode(), s.ports()));
        return spec;
    }

    private static ObjectNode containerSpec(Namespace ns, ServiceConfig s, ComposeProject project) {
        ObjectNode c = Json.object();
        c.put("Image", s.image());
        Json.putMap(c, "Labels", ns.withStackLabel(s.labels()));
        if (s.entrypoint() != null) {
            Json.putStrings(c, "Command", s.entrypoint());
        }
        if (s.command() != null) {
            Json.putStrings(c, "Args", s.command());
        }
        Json.putText(c, "Hostname", s.hostname());
        Json.putStrings(c, "Env", ContainerParts.environment(s.environment()));
        Json.putText(c, "Dir", s.workingDir());
        Json.putText(c, "User", s.user());
        Json.putNanos(c, "StopGracePeriod", s.stopGracePeriod());
        Json.putText(c, "StopSignal", s.stopSignal());
        Json.putTrue(c, "TTY", s.tty());
        Json.putTrue(c, "OpenStdin", s.stdinOpen());
        Json.putTrue(c, "ReadOnly", s.readOnly());
        // the CLI always sends Privileges, empty unless a credential spec is set
        c.putObject("Privileges");
        if (s.init() != null) {
            c.put("Init", s.init());
        }
        Json.putText(c, "Isolation", s.isolation());
        Json.putStrings(c, "Hosts", ContainerParts.extraHosts(s.extraHosts()));
        Json.putObject(c, "DNSConfig", ContainerParts.dnsConfig(s.dns(), s.dnsSearch()));
        Json.putObject(c, "Healthcheck", TaskParts.healthcheck(s.healthcheck()));
        ArrayNode mounts = c.arrayNode();
        for (ServiceVolumeConfig v : s.volumes()) {
            mounts.add(MountConverter.mount(v, project.volumes(), ns));
        }
        if (!mounts.isEmpty()) {
            c.set("Mounts", mounts);
        }
        ArrayNode secrets = FileObjectConverter.references(ns, s.secrets(), project.secrets(), "secret");
        if (!secrets.isEmpty()) {
            c.set("Secrets", secrets);
        }
        ArrayNode configs = FileObjectConverter.references(ns, s.configs(), project.configs(), "config");
        if (!configs.isEmpty()) {
            c.set("Configs", configs);
        }
        Json.putMap(c, "Sysctls", s.sysctls());
        List<List<String>> caps = ContainerParts.capabilities(s.capAdd(), s.capDrop());
        Json.putStrings(c, "CapabilityAdd", caps.get(0));
        Json.putStrings(c, "CapabilityDrop", caps.get(1));
        ArrayNode ulimits = ContainerParts.ulimits(s.ulimits());
        if (ulimits != null) {
            c.set("Ulimits", ulimits);
        }
        return c;
    }
}
