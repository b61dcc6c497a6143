package dev.gantry.adapter.docker.deploy;

/** The labels and naming the docker CLI uses for stacks (cli/compose/convert). */
public final class StackLabels {

    /** On services (and their containers), networks, secrets and configs of a stack. */
    public static final String NAMESPACE = "com.docker.stack.namespace";
    /** On the service: the image as written in the compose file. */
    public static final String IMAGE = "com.docker.stack.image";

    private StackLabels() {
    }

    /** STACK_name: how the CLI scopes services, networks, secrets and configs. */
    public static String scope(String stack, String name) {
        return stack + "_" + name;
    }
}
