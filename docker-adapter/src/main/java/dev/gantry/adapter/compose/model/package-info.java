/**
 * The typed, immutable compose model: what a compose (stack) file means after parsing, interpolation,
 * validation, binding and merging. Field for field it follows the docker CLI's
 * {@code cli/compose/types} for v3 stack files, so the converter can map it to swarm specs.
 *
 * <p>Conventions: lists and maps are never null (empty means "not set"); nested records whose
 * absence matters (healthcheck, logging, update_config, ...) are null when absent; numbers whose
 * absence matters are boxed ({@code Long}, {@code Boolean}). Maps keep the file's order except
 * where noted. Extension fields ({@code x-*}) are kept as plain YAML values (String, Long, Double,
 * Boolean, List, Map, or null).
 */
package dev.gantry.adapter.compose.model;
