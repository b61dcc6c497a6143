package dev.gantry.ui.detail;

/** One labelled value of the detail pane. */
public record Fact(String label, String value) {
}
