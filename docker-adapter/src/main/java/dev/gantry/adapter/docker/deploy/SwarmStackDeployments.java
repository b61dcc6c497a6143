package dev.gantry.adapter.docker.deploy;

import dev.gantry.adapter.api.deploy.DeployProgress;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackDeployments;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.docker.deploy.convert.StackConverter;

/** {@link StackDeployments} over the Engine API: convert, then diff or deploy. */
public final class SwarmStackDeployments implements StackDeployments {

    private final StackDeployer deployer;

    public SwarmStackDeployments(EngineApi api) {
        this.deployer = new StackDeployer(api);
    }

    @Override
    public StackDiff diff(String stack, ComposeProject project, boolean prune) {
        return deployer.diff(StackConverter.convert(stack, project), prune);
    }

    @Override
    public DeployResult deploy(String stack, ComposeProject project, boolean prune, DeployProgress progress) {
        return deployer.deploy(StackConverter.convert(stack, project), prune, progress);
    }
}
