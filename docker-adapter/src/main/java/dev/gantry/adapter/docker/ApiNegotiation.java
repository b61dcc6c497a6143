package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the API version the way the docker CLI does ({@code NegotiateAPIVersionPing}): the lower
 * of Gantry's maximum and the engine's. docker-java itself does not negotiate.
 *
 * <ul>
 *   <li>{@link #CLIENT_MAX} 1.44: the newest version docker-java 3.5 knows
 *       ({@code RemoteApiVersion.VERSION_1_44}), so replies keep the shape its models map; it is
 *       also the oldest version Docker 29 accepts, so Gantry works with both old and new engines.</li>
 *   <li>{@link #MINIMUM} 1.40 (Docker 19.03): Gantry is proven against 1.41 (dockerd 20.10);
 *       1.40 differs from it only in additions Gantry does not use, while older engines lack
 *       swarm and container fields Gantry shows (and have been out of support for years). They are
 *       refused with API_TOO_OLD rather than half working.</li>
 * </ul>
 */
final class ApiNegotiation {

    static final ApiVersion CLIENT_MAX = new ApiVersion(1, 44);
    static final ApiVersion MINIMUM = new ApiVersion(1, 40);

    private static final Pattern TOO_OLD = Pattern.compile(
            "client version (\\S+) is too old\\. Minimum supported API version is (\\d+\\.\\d+)");
    private static final Pattern TOO_NEW = Pattern.compile(
            "client version (\\S+) is too new\\. Maximum supported API version is (\\d+\\.\\d+)");

    private ApiNegotiation() {
    }

    /**
     * @param serverApi the engine's ApiVersion from /version
     * @throws EngineException API_TOO_OLD below {@link #MINIMUM}
     */
    static ApiVersion negotiate(String host, String serverApi) {
        ApiVersion server = ApiVersion.parse(serverApi).orElseThrow(() -> new EngineException(Kind.UNKNOWN,
                "The engine at " + host + " reported an API version Gantry cannot read: \"" + serverApi + "\"."));
        requireSupported(host, server);
        return ApiVersion.min(CLIENT_MAX, server);
    }

    static void requireSupported(String host, ApiVersion version) {
        if (version.compareTo(MINIMUM) < 0) {
            throw new EngineException(Kind.API_TOO_OLD, "The engine at " + host + " speaks Docker API " + version
                    + ", older than the " + MINIMUM + " Gantry needs (Docker 19.03 or newer): upgrade the engine.");
        }
    }

    /**
     * The version to retry with when the engine refused ours: the minimum it names in
     * "client version X is too old. Minimum supported API version is Y", or the maximum in
     * "... is too new. Maximum supported API version is Y".
     */
    static Optional<ApiVersion> retryVersion(String engineMessage) {
        if (engineMessage == null) {
            return Optional.empty();
        }
        Matcher old = TOO_OLD.matcher(engineMessage);
        if (old.find()) {
            return ApiVersion.parse(old.group(2));
        }
        Matcher newer = TOO_NEW.matcher(engineMessage);
        if (newer.find()) {
            return ApiVersion.parse(newer.group(2));
        }
        return Optional.empty();
    }
}
