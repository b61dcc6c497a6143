package dev.gantry.ui.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointFormViewModelTest {

    @TempDir
    Path dir;
    private final List<EndpointProfile> saved = new ArrayList<>();
    private final List<EndpointProfile> connected = new ArrayList<>();
    private final EngineConnector refusing = p -> {
        connected.add(p);
        throw new EngineException(EngineException.Kind.SERVER_CERT_REJECTED, "The engine's certificate is not signed by the CA you chose.");
    };

    private EndpointFormViewModel form() {
        return new EndpointFormViewModel(refusing, new SameThreadExecutor(), List.of("default"), null);
    }

    @Test
    void badInputSavesNothingAndSaysWhy() {
        EndpointFormViewModel vm = form();
        vm.name.set("remote");
        vm.host.set("tcp://192.168.7.7:2375");
        vm.save(saved::add);
        assertTrue(saved.isEmpty());
        assertTrue(connected.isEmpty(), "no connection attempt for invalid input");
        assertTrue(vm.problemsProperty().get().contains("would not be encrypted"));
    }

    @Test
    void aTlsEndpointThatFailsTheCheckIsNotSaved() throws Exception {
        EndpointFormViewModel vm = form();
        vm.name.set("tls");
        vm.host.set("tcp://127.0.0.1:1");
        vm.useTls.set(true);
        vm.caCert.set(Files.writeString(dir.resolve("ca.pem"), "x").toString());
        vm.clientCert.set(Files.writeString(dir.resolve("cert.pem"), "x").toString());
        vm.clientKey.set(Files.writeString(dir.resolve("key.pem"), "x").toString());
        vm.save(saved::add);
        assertEquals(1, connected.size());
        assertTrue(saved.isEmpty());
        assertEquals("TLS check failed: The engine's certificate is not signed by the CA you chose.", vm.problemsProperty().get());
    }

    @Test
    void aGoodSocketEndpointIsHandedOn() {
        EndpointFormViewModel vm = form();
        vm.name.set("local");
        vm.host.set("unix:///run/docker.sock");
        vm.save(saved::add);
        assertEquals(1, saved.size());
        assertEquals("local", saved.get(0).name());
        assertEquals("", vm.problemsProperty().get());
    }
}
