package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positioned YAML tree the loader stages work on: scalars already resolved to String, Long,
 * Double, Boolean or null (the rules of the docker CLI's YAML library, see {@link ScalarResolver}),
 * mappings with string keys in file order (merge keys applied), and sequences.
 */
sealed interface YNode permits YNode.Scalar, YNode.Mapping, YNode.Sequence {

    Position position();

    /** A plain value tree (String, Long, Double, Boolean, null, List, Map) for printing and extensions. */
    Object toPlain();

    /** A scalar; {@code value} is null for YAML null. {@code text} is the source text. */
    record Scalar(Object value, String text, Position position) implements YNode {
        boolean isString() {
            return value instanceof String;
        }

        @Override
        public Object toPlain() {
            return value;
        }
    }

    /** One mapping entry: the key's position is kept for "additional property" errors. */
    record Entry(String key, Position keyPosition, YNode value) {
    }

    /** A mapping with string keys. */
    record Mapping(List<Entry> entries, Position position) implements YNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        YNode get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }

        boolean has(String key) {
            return get(key) != null || entries.stream().anyMatch(e -> e.key().equals(key));
        }

        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public Object toPlain() {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Entry e : entries) {
                m.put(e.key(), e.value().toPlain());
            }
            return Collections.unmodifiableMap(m);
        }
    }

    /** A sequence. */
    record Sequence(List<YNode> items, Position position) implements YNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Object toPlain() {
            List<Object> l = new ArrayList<>();
            for (YNode n : items) {
                l.add(n.toPlain());
            }
            return Collections.unmodifiableList(l);
        }
    }
}
