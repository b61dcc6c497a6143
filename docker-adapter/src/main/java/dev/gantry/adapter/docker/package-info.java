/**
 * The docker-java implementation of the adapter API. Internal: only the app wires it; the UI never
 * sees this package (ArchUnit checks it).
 */
package dev.gantry.adapter.docker;
