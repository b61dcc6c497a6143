package dev.gantry.adapter.api;

/**
 * A refusal or failure of the engine, typed, with a sentence a user understands in
 * {@link #getMessage()}. The technical cause stays available for the detail view and the log.
 */
public class EngineException extends RuntimeException {

    public enum Kind {
        /** TLS files missing or unreadable; the message names the file. */
        TLS_MATERIAL_INCOMPLETE,
        /** We did not trust the server's certificate. */
        SERVER_CERT_REJECTED,
        /** The server did not accept our client certificate (or wants one). */
        CLIENT_CERT_REJECTED,
        /** Plain HTTP spoken to a TLS port. */
        PLAIN_HTTP_TO_TLS,
        /** Plain tcp:// to a non-loopback host without the profile's opt-in. */
        INSECURE_REMOTE_REFUSED,
        /** Connection refused, no such socket or host. */
        NOT_LISTENING,
        /** The socket exists but we may not open it. */
        PERMISSION_DENIED,
        /** The engine speaks an API older than Gantry supports. */
        API_TOO_OLD,
        /** The host string is not a usable URI. */
        INVALID_ENDPOINT,
        /** A swarm call on an engine that is not a swarm manager. */
        NOT_SWARM_MANAGER,
        /** The thing named does not exist (any more). */
        NOT_FOUND,
        /** The engine refused because of the current state (in use, out of sequence, ...). */
        CONFLICT,
        /** The engine rejected the request as invalid. */
        BAD_REQUEST,
        /** No answer in time. */
        TIMEOUT,
        /** The connection was lost while talking. */
        CONNECTION_LOST,
        UNKNOWN
    }

    private final Kind kind;

    public EngineException(Kind kind, String userMessage) {
        this(kind, userMessage, null);
    }

    public EngineException(Kind kind, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
