package dev.gantry.adapter.compose.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded (and, for several files, merged) compose file: the docker CLI's {@code types.Config}.
 *
 * @param version    the file's {@code version}, or "3.13" when it has none (what the CLI assumes)
 * @param workingDir the folder relative paths were resolved against (the first file's folder)
 * @param files      the files this project was loaded from, in order
 * @param services   services by name, sorted by name
 * @param extensions top-level {@code x-*} fields
 */
public record ComposeProject(
        String version,
        Path workingDir,
        List<Path> files,
        Map<String, ServiceConfig> services,
        Map<String, NetworkConfig> networks,
        Map<String, VolumeConfig> volumes,
        Map<String, FileObjectConfig> secrets,
        Map<String, FileObjectConfig> configs,
        Map<String, Object> extensions) {

    public ComposeProject {
        files = Copies.list(files);
        services = Copies.map(services);
        networks = Copies.map(networks);
        volumes = Copies.map(volumes);
        secrets = Copies.map(secrets);
        configs = Copies.map(configs);
        extensions = Copies.map(extensions);
    }

    public Optional<ServiceConfig> service(String name) {
        return Optional.ofNullable(services.get(name));
    }
}
