package dev.gantry.adapter.compose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One service, as the docker CLI's {@code types.ServiceConfig} holds it after loading: short
 * syntaxes expanded to long form ({@code ports}, {@code volumes}, {@code secrets}), env files
 * merged into {@code environment}, relative bind sources made absolute. Keys a swarm ignores
 * (build, container_name, links, ...) are still carried so callers can report them.
 *
 * <p>Build one with {@link ServiceConfigBuilder}.
 *
 * @param command     null when not set (the image's CMD); an empty list when set to []
 * @param entrypoint  null when not set
 * @param environment values may be null: a variable named without a value
 * @param dependsOn   the names in {@code depends_on}, in file order
 * @param dependencies the same names with their conditions (short form: "service_started"); the long
 *                    form ({@code condition: service_healthy}) is only valid in plain compose files
 * @param networks    by network name; a value is null when attached without options
 * @param init        null when not set
 * @param stopGracePeriod null when not set
 */
public record ServiceConfig(
        String name,
        BuildConfig build,
        List<String> capAdd,
        List<String> capDrop,
        String cgroupnsMode,
        String cgroupParent,
        List<String> command,
        List<FileReference> configs,
        String containerName,
        CredentialSpec credentialSpec,
        List<String> dependsOn,
        Map<String, ServiceDependency> dependencies,
        DeployConfig deploy,
        List<String> devices,
        List<String> dns,
        List<String> dnsSearch,
        String domainName,
        List<String> entrypoint,
        Map<String, String> environment,
        List<String> envFile,
        List<String> expose,
        List<String> externalLinks,
        List<String> extraHosts,
        String hostname,
        HealthCheckConfig healthcheck,
        String image,
        Boolean init,
        String ipc,
        String isolation,
        Map<String, String> labels,
        List<String> links,
        LoggingConfig logging,
        String macAddress,
        String networkMode,
        Map<String, ServiceNetworkConfig> networks,
        String pid,
        List<ServicePortConfig> ports,
        boolean privileged,
        boolean readOnly,
        String restart,
        List<FileReference> secrets,
        List<String> securityOpt,
        String shmSize,
        boolean stdinOpen,
        Duration stopGracePeriod,
        String stopSignal,
        Map<String, String> sysctls,
        List<String> tmpfs,
        boolean tty,
        Map<String, UlimitsConfig> ulimits,
        String user,
        String usernsMode,
        List<ServiceVolumeConfig> volumes,
        String workingDir,
        Map<String, Object> extensions) {

    public ServiceConfig {
        capAdd = Copies.list(capAdd);
        capDrop = Copies.list(capDrop);
        command = command == null ? null : Copies.list(command);
        configs = Copies.list(configs);
        dependsOn = Copies.list(dependsOn);
        dependencies = Copies.map(dependencies);
        deploy = deploy == null ? DeployConfig.EMPTY : deploy;
        devices = Copies.list(devices);
        dns = Copies.list(dns);
        dnsSearch = Copies.list(dnsSearch);
        entrypoint = entrypoint == null ? null : Copies.list(entrypoint);
        environment = Copies.map(environment);
        envFile = Copies.list(envFile);
        expose = Copies.list(expose);
        externalLinks = Copies.list(externalLinks);
        extraHosts = Copies.list(extraHosts);
        labels = Copies.map(labels);
        links = Copies.list(links);
        networks = Copies.map(networks);
        ports = Copies.list(ports);
        secrets = Copies.list(secrets);
        securityOpt = Copies.list(securityOpt);
        sysctls = Copies.map(sysctls);
        tmpfs = Copies.list(tmpfs);
        ulimits = Copies.map(ulimits);
        volumes = Copies.list(volumes);
        extensions = Copies.map(extensions);
    }

    public ServiceConfigBuilder toBuilder() {
        return ServiceConfigBuilder.from(this);
    }
}
