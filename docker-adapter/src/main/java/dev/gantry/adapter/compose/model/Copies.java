package dev.gantry.adapter.compose.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive, null-tolerant copies for the records of this package. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(in));
    }

    /** Keeps order and allows null values (an environment variable without a value). */
    static <K, V> Map<K, V> map(Map<K, V> in) {
        return in == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(in));
    }
}
