package dev.gantry.adapter.compose.model;

/** {@code credential_spec:} (Windows). */
public record CredentialSpec(String config, String file, String registry) {
}
