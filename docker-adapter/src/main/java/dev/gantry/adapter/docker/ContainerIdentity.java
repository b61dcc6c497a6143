package dev.gantry.adapter.docker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * A container's full id and its name without the leading slash (the first 12 characters of the id
 * when it has none), read from the engine's inspect answer with a streaming parser that skips the
 * rest of it.
 */
record ContainerIdentity(String id, String name) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads and closes {@code inspectJson}. */
    static ContainerIdentity read(InputStream inspectJson) throws IOException {
        return read(JSON.createParser(inspectJson));
    }

    private static ContainerIdentity read(JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("The engine's inspect answer is not a JSON object.");
            }
            String id = null;
            String name = null;
            String field;
            while ((field = p.nextFieldName()) != null) {
                p.nextToken();
                switch (field) {
                    case "Id" -> id = p.getValueAsString();
                    case "Name" -> name = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
            if (id == null || id.isEmpty()) {
                throw new IOException("The engine's inspect answer has no container id.");
            }
            return new ContainerIdentity(id, name == null ? id.substring(0, Math.min(12, id.length()))
                    : name.replaceFirst("^/", ""));
        }
    }
}
