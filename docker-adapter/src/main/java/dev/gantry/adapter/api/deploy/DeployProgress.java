package dev.gantry.adapter.api.deploy;

/** Receives one line per deploy step as it happens (on the deploying thread). */
@FunctionalInterface
public interface DeployProgress {

    DeployProgress NONE = line -> { };

    void step(String line);
}
