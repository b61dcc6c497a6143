package dev.gantry.adapter.compose;

/**
 * How to load.
 *
 * @param checkReferences report undefined networks, volumes, secrets and configs as errors (what
 *                        {@code docker stack deploy} refuses); off for {@code gantry config}, which
 *                        mirrors {@code docker stack config}, which does not check them
 * @param readDotEnv      also take variables from a {@code .env} file beside the first compose file
 *                        (the process environment wins); off by default because the docker CLI does
 *                        not read {@code .env} for stack files
 */
public record LoadOptions(boolean checkReferences, boolean readDotEnv) {
    /** For validation and deployment. */
    public static final LoadOptions DEPLOY = new LoadOptions(true, false);
    /** For {@code gantry config}, like {@code docker stack config}. */
    public static final LoadOptions CONFIG = new LoadOptions(false, false);
}
