package dev.gantry.adapter.api;

/**
 * One mount of a container.
 *
 * @param type        volume, bind, tmpfs, npipe
 * @param name        the volume's name; null for other types
 * @param source      the host path (or the volume's mountpoint)
 * @param destination the path inside the container
 */
public record MountInfo(String type, String name, String source, String destination, boolean readWrite) {
}
