package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.gantry.adapter.api.EndpointProfile;
import java.io.IOException;
import java.time.Duration;

/** Builds docker-java clients from profiles. */
final class DockerClients {

    private DockerClients() {
    }

    static DockerClient open(EndpointProfile profile) {
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(profile.host().toString())
                .withDockerTlsVerify(profile.usesTls());
        if (profile.usesTls()) {
            config.withCustomSslConfig(new LocalDirectorySSLConfig(profile.tls().clientCert().getParent().toString()));
        }
        DefaultDockerClientConfig built = config.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(built.getDockerHost())
                .sslConfig(built.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                .maxConnections(32)
                .build();
        return DockerClientImpl.getInstance(built, http);
    }

    static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a client that failed to connect: nothing to report
        }
    }
}
