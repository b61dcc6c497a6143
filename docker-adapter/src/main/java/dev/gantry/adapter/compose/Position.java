package dev.gantry.adapter.compose;

/** A 1-based line and column in a compose file; {@link #NONE} is (0, 0). */
public record Position(int line, int column) {
    public static final Position NONE = new Position(0, 0);
}
