package dev.gantry.adapter.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.InspectKind;
import java.nio.charset.StandardCharsets;

/** The engine's raw inspect JSON of any object, pretty-printed for the detail pane. */
final class InspectReader {

    private final RawApi raw;
    private final EndpointProfile profile;

    InspectReader(RawApi raw, EndpointProfile profile) {
        this.raw = raw;
        this.profile = profile;
    }

    String inspectJson(InspectKind kind, String id) {
        String path = path(kind, id);
        try {
            return RawApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(raw.get(path));
        } catch (JsonProcessingException e) {
            throw new EngineException(EngineException.Kind.UNKNOWN,
                    "The engine's answer for " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id + " is not JSON.", e);
        } catch (RuntimeException e) {
            throw e instanceof EngineException ee ? ee : EngineErrors.translate(profile, e);
        }
    }

    static String path(InspectKind kind, String id) {
        if (id == null || id.isBlank()) {
            throw new EngineException(EngineException.Kind.BAD_REQUEST,
                    "Cannot inspect a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " without its id or name.");
        }
        String e = escape(id.strip());
        return switch (kind) {
            case CONTAINER -> "/containers/" + e + "/json";
            case SERVICE -> "/services/" + e;
            case TASK -> "/tasks/" + e;
            case NODE -> "/nodes/" + e;
            case IMAGE -> "/images/" + e + "/json";
            case VOLUME -> "/volumes/" + e;
            case NETWORK -> "/networks/" + e;
            case SECRET -> "/secrets/" + e;
            case CONFIG -> "/configs/" + e;
        };
    }

    /**
     * Image references keep their '/', ':' and '@' (the engine routes them as one name); anything
     * else outside the unreserved set is percent-encoded, and ".." segments are refused.
     */
    static String escape(String id) {
        for (String segment : id.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                throw new EngineException(EngineException.Kind.BAD_REQUEST, "\"" + id + "\" is not a valid id or name.");
            }
        }
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '@') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
