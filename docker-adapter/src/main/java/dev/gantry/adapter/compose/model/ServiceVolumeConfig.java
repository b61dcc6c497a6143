package dev.gantry.adapter.compose.model;

/**
 * One service mount in long form ({@code services.X.volumes[]}).
 *
 * @param type   "volume", "bind", "tmpfs", "npipe" or "cluster"
 * @param source null for anonymous volumes and tmpfs; absolute for binds
 * @param bind   null when not set (likewise volume, tmpfs)
 * @param cluster true when a {@code cluster:} options section is present
 */
public record ServiceVolumeConfig(String type, String source, String target, boolean readOnly,
                                  String consistency, BindOptions bind, VolumeOptions volume,
                                  TmpfsOptions tmpfs, boolean cluster) {

    /** {@code bind:} options. */
    public record BindOptions(String propagation) {
    }

    /** {@code volume:} options. */
    public record VolumeOptions(boolean noCopy) {
    }

    /** {@code tmpfs:} options; size in bytes, 0 when not set. */
    public record TmpfsOptions(long size) {
    }
}
