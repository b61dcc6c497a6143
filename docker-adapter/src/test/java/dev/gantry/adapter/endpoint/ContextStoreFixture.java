package dev.gantry.adapter.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a docker CLI context store by hand, in the CLI's layout, under a temporary directory. */
final class ContextStoreFixture {

    private final Path configDir;

    ContextStoreFixture(Path configDir) {
        this.configDir = configDir;
    }

    Path configDir() {
        return configDir;
    }

    ContextStoreFixture currentContext(String name) {
        return write(configDir.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + name + "\"}");
    }

    ContextStoreFixture context(String name, String host, boolean skipTlsVerify) {
        String meta = "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"about " + name + "\"},"
                + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipTlsVerify + "}}}";
        return write(metaDir(name).resolve("meta.json"), meta);
    }

    ContextStoreFixture tlsFile(String contextName, String file, String content) {
        return write(tlsDir(contextName).resolve(file), content);
    }

    Path tlsDir(String contextName) {
        return configDir.resolve("contexts/tls").resolve(DockerContexts.contextId(contextName)).resolve("docker");
    }

    Path metaDir(String contextName) {
        return configDir.resolve("contexts/meta").resolve(DockerContexts.contextId(contextName));
    }

    ContextStoreFixture write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
