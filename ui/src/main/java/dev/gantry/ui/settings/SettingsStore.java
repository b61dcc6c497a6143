package dev.gantry.ui.settings;

import java.io.IOException;

/** Loads and saves {@link AppSettings}; the app implements it over a JSON file. */
public interface SettingsStore {

    /** Never throws: an unreadable file is set aside and reported in {@link Loaded#problem()}. */
    Loaded load();

    /** Replaces the stored settings atomically; a failure leaves the previous file intact. */
    void save(AppSettings settings) throws IOException;

    /**
     * @param problem a sentence for the user when the stored file could not be used, else null
     */
    record Loaded(AppSettings settings, String problem) {
    }
}
