/**
 * Operations on an engine's objects (scale, rolling update, rollback, exec-restart, lifecycle,
 * prune): narrow interfaces and immutable records, free of docker-java. Reached through
 * {@link dev.gantry.adapter.api.EngineSession#operations()}.
 */
package dev.gantry.adapter.api.ops;
