package dev.gantry.adapter.api;

/**
 * One docker CLI context, as listed for an "import from docker contexts" choice.
 *
 * @param name        the context name ("default" for the DOCKER_HOST / platform default one)
 * @param description the context's description, or "" when it has none
 * @param profile     the endpoint it describes, or null when the context cannot be used
 * @param problem     why the context cannot be used (a sentence), or null when it can
 * @param current     true for the context the docker CLI would use now
 */
public record DockerContextEntry(String name, String description, EndpointProfile profile, String problem,
        boolean current) {

    public boolean usable() {
        return profile != null;
    }
}
