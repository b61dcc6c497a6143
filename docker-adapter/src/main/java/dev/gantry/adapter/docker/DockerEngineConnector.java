package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineSession;

/** Connects to engines through docker-java. */
public final class DockerEngineConnector implements EngineConnector {

    @Override
    public EngineSession connect(EndpointProfile profile) {
        DockerClient client = DockerClients.open(profile);
        try {
            return new DockerEngineSession(profile, client, EngineInfoReader.read(client));
        } catch (RuntimeException e) {
            DockerClients.closeQuietly(client);
            throw e instanceof EngineException ee ? ee : EngineErrors.translate(profile, e);
        }
    }
}
