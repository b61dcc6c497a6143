package dev.gantry.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Applies the light or dark AtlantaFX theme to the whole application. */
public final class Themes {

    public static final String STYLESHEET = "/dev/gantry/resources/css/gantry.css";

    private Themes() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static String stylesheet() {
        return Themes.class.getResource(STYLESHEET).toExternalForm();
    }
}
