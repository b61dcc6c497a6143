package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Stage 1: YAML text to a positioned {@link YNode} tree, with SnakeYAML's node API (compose, not
 * load) so every node keeps its line and column. Anchors and aliases are followed, merge keys
 * ({@code <<}) applied with explicit keys winning, scalars resolved by {@link ScalarResolver}.
 * Like the CLI: only the first document counts, keys must be strings and unique, and the top level
 * must be a mapping.
 */
final class YamlParser {
    private static final int MAX_DEPTH = 200;

    /** Returns the document's top-level mapping, or null with errors in {@code out}. */
    YNode.Mapping parse(String text, Diagnostics out) {
        String source = text;
        for (int attempt = 0; attempt < 50; attempt++) {
            String fixed = withSeparatingTabFixed(source);
            if (fixed == null) {
                break;
            }
            source = fixed;
        }
        return parseOnce(source, out);
    }

    /**
     * go-yaml accepts a tab as separating white space after a token (e.g. "ports:\t"); SnakeYAML
     * does not. Returns the text with the first such tab replaced by a space (same line and column),
     * or null when the text has no such problem. A tab in indentation stays an error in both.
     */
    private static String withSeparatingTabFixed(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            new Yaml(options).parse(new java.io.StringReader(text)).forEach(e -> { });
            return null;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            if (mark == null || e.getProblem() == null || !e.getProblem().contains("\\t(TAB)")) {
                return null;
            }
            int index = mark.getIndex();
            if (index >= text.length() || text.charAt(index) != '\t') {
                return null;
            }
            int lineStart = text.lastIndexOf('\n', index - 1) + 1;
            if (text.substring(lineStart, index).isBlank()) {
                return null;
            }
            return text.substring(0, index) + ' ' + text.substring(index + 1);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private YNode.Mapping parseOnce(String text, Diagnostics out) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(200);
            options.setAllowRecursiveKeys(false);
            Yaml yaml = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options),
                    new org.yaml.snakeyaml.representer.Representer(new DumperOptions()), new DumperOptions(),
                    options, new PlainResolver());
            Iterator<Node> docs = yaml.composeAll(new java.io.StringReader(text)).iterator();
            root = docs.hasNext() ? docs.next() : null;
            peekPastFirstDocument(docs, root, text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            out.error(mark == null ? new Position(1, 1) : position(mark), yamlMessage(e));
            return null;
        } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
            out.error(new Position(1, 1), "invalid YAML: " + e.getMessage());
            return null;
        } catch (StackOverflowError e) {
            out.error(new Position(1, 1), "invalid YAML: nested too deeply");
            return null;
        }
        if (!(root instanceof MappingNode)) {
            out.error(root == null ? new Position(1, 1) : position(root.getStartMark()),
                    "Top-level object must be a mapping");
            return null;
        }
        YNode converted = convert(root, out, new IdentityHashMap<>(), 0, "");
        return converted instanceof YNode.Mapping m ? m : null;
    }

    /**
     * The CLI's parser ignores what follows the first document, except for what its scanner reads
     * ahead while ending it: a scanner error, or any error after a "..." end marker or a "%"
     * directive line, counts; a parser error in a later document does not.
     */
    private static void peekPastFirstDocument(Iterator<Node> docs, Node first, String text) {
        try {
            docs.hasNext();
        } catch (org.yaml.snakeyaml.scanner.ScannerException e) {
            throw e;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            if (mark != null && first != null) {
                String[] lines = text.split("\n", -1);
                for (int i = first.getEndMark().getLine(); i <= mark.getLine() && i < lines.length; i++) {
                    if (lines[i].startsWith("...") || lines[i].startsWith("%")) {
                        throw e;
                    }
                }
            }
        } catch (YAMLException e) {
            // the rest of the stream does not count
        }
    }

    private static String yamlMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        return context == null ? "invalid YAML: " + problem : "invalid YAML: " + context + ": " + problem;
    }

    static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private YNode convert(Node node, Diagnostics out, IdentityHashMap<Node, Boolean> path, int depth, String where) {
        Position at = position(node.getStartMark());
        if (depth > MAX_DEPTH) {
            out.error(at, "invalid YAML: nested too deeply");
            return new YNode.Scalar(null, "", at);
        }
        if (path.containsKey(node)) {
            out.error(at, "invalid YAML: recursive alias" + describe(where));
            return new YNode.Scalar(null, "", at);
        }
        path.put(node, Boolean.TRUE);
        try {
            if (node instanceof ScalarNode s) {
                return scalar(s, at, out);
            }
            if (node instanceof SequenceNode seq) {
                List<YNode> items = new ArrayList<>();
                int i = 0;
                for (Node child : seq.getValue()) {
                    items.add(convert(child, out, path, depth + 1, join(where, "[" + i++ + "]")));
                }
                return new YNode.Sequence(items, at);
            }
            return mapping((MappingNode) node, out, path, depth, where, at);
        } finally {
            path.remove(node);
        }
    }

    private YNode mapping(MappingNode map, Diagnostics out, IdentityHashMap<Node, Boolean> path, int depth,
                          String where, Position at) {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode instanceof ScalarNode ks && Tag.MERGE.equals(ks.getTag())) {
                merges.add(tuple.getValueNode());
                continue;
            }
            Position keyAt = position(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode ks)) {
                out.error(keyAt, "non-string key" + describe(where));
                continue;
            }
            Object key = scalar(ks, keyAt, out).value();
            if (!(key instanceof String name)) {
                out.error(keyAt, "non-string key " + (where.isEmpty() ? "at top level" : "in " + where) + ": "
                        + ks.getValue());
                continue;
            }
            if (entries.containsKey(name)) {
                out.error(keyAt, "mapping key \"" + name + "\" already defined at line "
                        + entries.get(name).keyPosition().line());
                continue;
            }
            YNode value = convert(tuple.getValueNode(), out, path, depth + 1, join(where, name));
            entries.put(name, new YNode.Entry(name, keyAt, value));
        }
        for (Node merge : merges) {
            List<Node> sources = new ArrayList<>();
            if (merge instanceof SequenceNode seq) {
                sources.addAll(seq.getValue());
            } else {
                sources.add(merge);
            }
            for (Node source : sources) {
                YNode converted = convert(source, out, path, depth + 1, where);
                if (!(converted instanceof YNode.Mapping m)) {
                    out.error(position(source.getStartMark()),
                            "map merge requires map or sequence of maps as the value" + describe(where));
                    continue;
                }
                for (YNode.Entry e : m.entries()) {
                    entries.putIfAbsent(e.key(), e);
                }
            }
        }
        return new YNode.Mapping(new ArrayList<>(entries.values()), at);
    }

    private static YNode.Scalar scalar(ScalarNode s, Position at, Diagnostics out) {
        String text = s.getValue();
        Tag tag = s.getTag();
        if (PlainResolver.IMPLICIT.equals(tag)) {
            return new YNode.Scalar(ScalarResolver.resolvePlain(text), text, at);
        }
        if (Tag.STR.equals(tag)) {
            return new YNode.Scalar(text, text, at);
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) || Tag.BOOL.equals(tag) || Tag.NULL.equals(tag)) {
            // An explicit tag must fit the value, as in the CLI: "!!int abc" is an error.
            Object v = ScalarResolver.resolvePlain(text);
            boolean fits = Tag.INT.equals(tag) ? v instanceof Long
                    : Tag.FLOAT.equals(tag) ? v instanceof Long || v instanceof Double
                    : Tag.BOOL.equals(tag) ? v instanceof Boolean : v == null;
            if (!fits) {
                out.error(at, "cannot decode !!str `" + text + "` as a " + tag.getValue().replace(Tag.PREFIX, "!!"));
                return new YNode.Scalar(text, text, at);
            }
            if (Tag.FLOAT.equals(tag) && v instanceof Long l) {
                v = l.doubleValue();
            }
            return new YNode.Scalar(v, text, at);
        }
        return new YNode.Scalar(text, text, at);
    }

    /** Marks untagged plain scalars so that {@link ScalarResolver}, not YAML 1.1, decides their type. */
    private static final class PlainResolver extends org.yaml.snakeyaml.resolver.Resolver {
        static final Tag IMPLICIT = new Tag("tag:gantry.dev,2026:implicit");

        @Override
        public Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
            if (kind == org.yaml.snakeyaml.nodes.NodeId.scalar && implicit) {
                return "<<".equals(value) ? Tag.MERGE : IMPLICIT;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    private static String join(String where, String key) {
        if (key.startsWith("[")) {
            return where + key;
        }
        return where.isEmpty() ? key : where + "." + key;
    }

    private static String describe(String where) {
        return where.isEmpty() ? "" : " in " + where;
    }
}
