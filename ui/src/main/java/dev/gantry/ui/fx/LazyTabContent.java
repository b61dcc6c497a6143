package dev.gantry.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a tab's content into the scene only when the tab is first selected. A tab pane keeps every
 * tab's content in its scene graph, so each hidden table would otherwise get its skin, CSS and
 * layout before the first frame; deferring them shortens the start.
 */
public final class LazyTabContent {

    private LazyTabContent() {
    }

    /** Sets {@code content} on {@code tab} now if it is selected, else on its first selection. */
    public static Tab install(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return tab;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    o.removeListener(this);
                    if (tab.getContent() == null) {
                        tab.setContent(content);
                    }
                }
            }
        });
        return tab;
    }
}
