/**
 * Operation dialogs: scale, rolling update with live progress, exec-restart and prune preview.
 * Each is a View plus a ViewModel; the ViewModels run adapter calls through the
 * {@link dev.gantry.ui.concurrent.BackgroundExecutor} and never touch controls.
 */
package dev.gantry.ui.operations;
