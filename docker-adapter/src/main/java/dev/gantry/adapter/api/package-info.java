/**
 * The adapter's public surface: immutable records and narrow interfaces. The UI sees only this
 * package (and other docker-java-free packages of the adapter), never docker-java types.
 */
package dev.gantry.adapter.api;
