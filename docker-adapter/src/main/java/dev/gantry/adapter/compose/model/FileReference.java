package dev.gantry.adapter.compose.model;

/**
 * A service's reference to a secret or config ({@code services.X.secrets[]}); the short form
 * "name" is {@code source} alone.
 *
 * @param mode file mode, null when not set (0440 in YAML is octal: 288)
 */
public record FileReference(String source, String target, String uid, String gid, Long mode) {
}
