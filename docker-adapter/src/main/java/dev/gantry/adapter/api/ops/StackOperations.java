package dev.gantry.adapter.api.ops;

import java.util.List;

/** Whole-stack actions: everything labelled com.docker.stack.namespace=NAME. */
public interface StackOperations {

    /** Removes services, then networks, secrets and configs; reports what went and what failed. */
    StackRemovalReport remove(String stack);

    /**
     * Rolls back every service of the stack that changed in the last deploy or update made through
     * Gantry (see {@link #lastChange(String)}), each to its PreviousSpec.
     */
    StackRollbackReport rollback(String stack);

    /** The services changed by the last deploy or update Gantry made in this stack, or an empty record. */
    StackChange lastChange(String stack);

    /** Records a deploy made through Gantry (the deploy code calls this with the services it changed). */
    void recordChange(String stack, List<String> serviceNames);
}
