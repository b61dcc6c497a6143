/**
 * The docker-java implementation of {@link dev.gantry.adapter.api.ops.Operations}. Internal: only
 * {@code DockerEngineSession} creates it. Service specs are read and written as raw JSON so that
 * an update sends back every field the engine gave (docker-java's model drops fields it does not
 * know) and can use the API's {@code rollback=previous}.
 */
package dev.gantry.adapter.docker.ops;
