package dev.gantry.app;

/** Turns a user-given name (an endpoint's) into a safe file name. */
final class FileNames {

    private FileNames() {
    }

    static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "default" : s;
    }
}
