package dev.gantry.adapter.docker;

import static dev.gantry.adapter.testing.TestEngine.docker;

import dev.gantry.adapter.api.StackInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The swarm resources a test stack {@code ns} owns besides its services, made with the docker CLI. */
final class StackResources {

    private StackResources() {
    }

    /**
     * An overlay network {@code ns_net} and a secret {@code ns_token}, and a config {@code ns_conf}
     * when asked, each labelled as belonging to stack {@code ns}.
     */
    static void create(String ns, boolean withConfig) throws IOException {
        String label = StackInfo.NAMESPACE_LABEL + "=" + ns;
        docker("network", "create", "--driver", "overlay", "--label", label, ns + "_net");
        Path data = Files.createTempFile(ns, ".txt");
        Files.writeString(data, "not really secret");
        try {
            docker("secret", "create", "--label", label, ns + "_token", data.toString());
            if (withConfig) {
                docker("config", "create", "--label", label, ns + "_conf", data.toString());
            }
        } finally {
            Files.deleteIfExists(data);
        }
    }
}
