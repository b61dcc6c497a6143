package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.docker.deploy.StackPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.NetworkPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.ServicePlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compose model to a {@link StackPlan}, the way {@code docker stack deploy} converts a stack file
 * (cli/compose/convert). Pure: the only input besides the model is how to read the content of
 * secret and config files.
 */
public final class StackConverter {

    private StackConverter() {
    }

    /** Reads secret and config files from disk. */
    public static StackPlan convert(String stack, ComposeProject project) {
        return convert(stack, project, path -> {
            try {
                return Files.readAllBytes(project.workingDir().resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static StackPlan convert(String stack, ComposeProject project, FileContents files) {
        Namespace ns = new Namespace(stack);
        Map<String, ServiceConfig> services = new TreeMap<>(project.services());
        List<String> external = new ArrayList<>();
        List<NetworkPlan> networks = NetworkConverter.networks(ns, project.networks(),
                NetworkConverter.used(services.values()), external);
        List<ServicePlan> plans = new ArrayList<>();
        for (ServiceConfig s : services.values()) {
            plans.add(new ServicePlan(ns.scope(s.name()), ServiceConverter.service(ns, s, project)));
        }
        FileContents safe = path -> {
            try {
                return files.read(path);
            } catch (UncheckedIOException e) {
                String why = e.getCause() instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e.getCause().getMessage();
                throw new StackConversionException("cannot read " + path + ": " + why);
            }
        };
        return new StackPlan(stack, networks, external,
                FileObjectConverter.objects(ns, project.secrets(), "secret", safe),
                FileObjectConverter.objects(ns, project.configs(), "config", safe), plans);
    }
}
