package dev.gantry.adapter.api.deploy;

import dev.gantry.adapter.compose.model.ComposeProject;

/**
 * Stack deploy to a swarm, natively: what the UI and the command line use. Every method does I/O;
 * never call on the UI thread.
 */
public interface StackDeployments {

    /**
     * What deploying {@code project} as {@code stack} would change; applies nothing.
     *
     * @throws StackConversionException when the model cannot become a swarm stack
     */
    StackDiff diff(String stack, ComposeProject project, boolean prune);

    /**
     * Deploys: networks, then secrets and configs, then services; with {@code prune}, removes the
     * stack's services the project no longer has. On failure the previous stack is restored and the
     * result says which step failed and why.
     *
     * @throws StackConversionException when the model cannot become a swarm stack (nothing applied)
     */
    DeployResult deploy(String stack, ComposeProject project, boolean prune, DeployProgress progress);
}
