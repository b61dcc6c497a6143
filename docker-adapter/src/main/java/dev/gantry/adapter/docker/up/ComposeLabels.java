package dev.gantry.adapter.docker.up;

/** The labels docker compose puts on what it creates; Gantry uses the same, so both look alike. */
final class ComposeLabels {

    static final String PROJECT = "com.docker.compose.project";
    static final String SERVICE = "com.docker.compose.service";
    static final String NUMBER = "com.docker.compose.container-number";
    static final String CONFIG_HASH = "com.docker.compose.config-hash";
    static final String ONEOFF = "com.docker.compose.oneoff";
    static final String NETWORK = "com.docker.compose.network";
    static final String VOLUME = "com.docker.compose.volume";
    static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    static final String DEPENDS_ON = "com.docker.compose.depends_on";

    private ComposeLabels() {
    }
}
