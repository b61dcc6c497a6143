package dev.gantry.adapter.compose;

/**
 * How to load.
 *
 * @param checkReferences report undefined networks, volumes, secrets and configs as errors (what
 *                        {@code docker stack deploy} refuses); off for {@code gantry config}, which
 *                        mirrors {@code docker stack config}, which does not check them
 * @param readDotEnv      also take variables from a {@code .env} file beside the first compose file
 *                        (the process environment wins); off for stack files because the docker CLI
 *                        does not read {@code .env} for them, on for plain compose files
 * @param flavor          a swarm stack file (the v3.13 schema and the swarm key policy) or a plain
 *                        compose file (the compose-spec schema, no swarm key policy)
 */
public record LoadOptions(boolean checkReferences, boolean readDotEnv, Flavor flavor) {

    /** Which kind of file, and so which schema and key policy. */
    public enum Flavor { STACK, COMPOSE }

    /** For validation and deployment of a stack. */
    public static final LoadOptions DEPLOY = new LoadOptions(true, false, Flavor.STACK);
    /** For {@code gantry config}, like {@code docker stack config}. */
    public static final LoadOptions CONFIG = new LoadOptions(false, false, Flavor.STACK);
    /** For {@code compose up} on an engine not in swarm mode, like {@code docker compose}. */
    public static final LoadOptions COMPOSE = new LoadOptions(true, true, Flavor.COMPOSE);

    public LoadOptions {
        flavor = flavor == null ? Flavor.STACK : flavor;
    }

    /** A stack-file load. */
    public LoadOptions(boolean checkReferences, boolean readDotEnv) {
        this(checkReferences, readDotEnv, Flavor.STACK);
    }
}
