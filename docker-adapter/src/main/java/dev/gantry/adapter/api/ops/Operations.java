package dev.gantry.adapter.api.ops;

/** Every operation on one engine, grouped by what it acts on. All methods may block on I/O. */
public interface Operations {

    ServiceOperations services();

    ContainerOperations containers();

    NodeOperations nodes();

    StackOperations stacks();

    PruneOperations prune();

    ExecRestartOperations execRestart();
}
