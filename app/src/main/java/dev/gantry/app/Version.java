package dev.gantry.app;

/** The application version, from the jar manifest (set from the pom). */
final class Version {

    private Version() {
    }

    static String current() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
