package dev.gantry.adapter.api.deploy;

import dev.gantry.adapter.compose.model.ComposeProject;

/**
 * {@code compose up}/{@code down} on a plain engine, with docker compose's names and labels. Every
 * method does I/O; never call on the UI thread.
 */
public interface ComposeProjects {

    /**
     * Creates what is missing, recreates containers whose configuration changed, starts services in
     * depends_on order.
     *
     * @throws StackConversionException when the model cannot run (no image, depends_on cycle, ...)
     */
    ComposeRunResult up(String project, ComposeProject model, DeployProgress progress);

    /** Removes the project's containers and networks; its volumes only when {@code removeVolumes}. */
    ComposeRunResult down(String project, boolean removeVolumes, DeployProgress progress);
}
