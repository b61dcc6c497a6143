/** The command line: subcommands that run without JavaFX ({@code gantry validate}, {@code gantry config}). */
package dev.gantry.app.cli;
