package dev.gantry.adapter.api.logs;

import dev.gantry.adapter.api.Subscription;

/**
 * Log streams of one engine. Every method returns at once; the lines arrive on the listener.
 * Closing the subscription closes every underlying stream.
 *
 * <p>Service and stack logs merge the containers of the service's (stack's) tasks on this engine;
 * a task's successor joins when its container starts (driven by the engine's event stream). On a
 * manager of a multi-node swarm, the tasks on the other nodes join through the manager's service
 * log endpoint, which follows their successors too. A
 * stream lost while its container still runs reconnects and a {@link LogStreamKind#MARKER} line
 * marks the gap.
 */
public interface LogSource {

    /** The log of one container (id or name); source is the container name. */
    Subscription container(String containerIdOrName, LogRequest request, LogListener listener);

    /** The log of a service's replicas merged; source is "service.slot" (or "service.node" for global ones). */
    Subscription service(String serviceName, LogRequest request, LogListener listener);

    /** The log of every service of a stack merged; source is "service.slot". */
    Subscription stack(String stackNamespace, LogRequest request, LogListener listener);
}
