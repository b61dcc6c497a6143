package dev.gantry.adapter.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Stage 4a: validates the interpolated tree against a JSON schema (draft-04 subset: type,
 * properties, patternProperties, additionalProperties, required, items, uniqueItems, enum, oneOf,
 * anyOf, allOf, minimum, $ref and the formats "ports" and "duration"; like the CLI, "expose" is not checked), reporting every
 * error at the node it concerns. The default schema is {@code config_schema_v3.13.json}, the one
 * {@code docker stack deploy} validates stack files with (bundled, from docker/cli, Apache-2.0).
 * Messages follow the CLI's wording ("services.web.tty must be a boolean").
 */
final class SchemaValidator {
    private static final Map<String, JsonNode> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final JsonNode root;

    private SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** The bundled stack-file schema. */
    static SchemaValidator stackSchema() {
        return new SchemaValidator(SCHEMAS.computeIfAbsent("config_schema_v3.13.json", SchemaValidator::load));
    }

    /** The bundled Compose Specification schema, for plain compose files (compose-spec, Apache-2.0). */
    static SchemaValidator composeSpec() {
        return new SchemaValidator(SCHEMAS.computeIfAbsent("compose-spec.json", SchemaValidator::load));
    }

    static SchemaValidator of(JsonNode schema) {
        return new SchemaValidator(schema);
    }

    private static JsonNode load(String name) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(Objects.requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One schema violation; {@code typeOnly} marks a plain type mismatch at the node itself. */
    record Violation(Position at, String message, boolean typeOnly) {
    }

    void validate(YNode node, Diagnostics out) {
        List<Violation> found = new ArrayList<>();
        check(node, root, "", found);
        for (Violation v : found) {
            // One error a spot: a forbidden key or a failed interpolation was already reported there.
            if (!out.hasErrorAt(v.at())) {
                out.error(v.at(), v.message());
            }
        }
    }

    List<Violation> violations(YNode node) {
        List<Violation> found = new ArrayList<>();
        check(node, root, "", found);
        return found;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        int guard = 0;
        while (s.has("$ref") && guard++ < 20) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return s;
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            s = target;
        }
        return s;
    }

    private void check(YNode node, JsonNode rawSchema, String path, List<Violation> out) {
        JsonNode schema = resolve(rawSchema);
        if (!schema.isObject()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(node, type)) {
            out.add(new Violation(node.position(), name(path) + " must be a " + typeNames(type), true));
            return;
        }
        JsonNode enumValues = schema.get("enum");
        if (enumValues != null && !enumMatches(node, enumValues)) {
            List<String> allowed = new ArrayList<>();
            enumValues.forEach(v -> allowed.add(v.asText()));
            out.add(new Violation(node.position(), name(path) + " must be one of the following: "
                    + String.join(", ", allowed), false));
        }
        JsonNode format = schema.get("format");
        if (format != null && node instanceof YNode.Scalar s && !formatMatches(format.asText(), s.value())) {
            out.add(new Violation(node.position(), name(path) + " Does not match format '" + format.asText() + "'", false));
        }
        JsonNode minimum = schema.get("minimum");
        if (minimum != null && node instanceof YNode.Scalar s && s.value() instanceof Number n
                && n.doubleValue() < minimum.asDouble()) {
            out.add(new Violation(node.position(), name(path) + " must be greater than or equal to "
                    + minimum.asText(), false));
        }
        JsonNode maximum = schema.get("maximum");
        if (maximum != null && node instanceof YNode.Scalar s && s.value() instanceof Number n
                && n.doubleValue() > maximum.asDouble()) {
            out.add(new Violation(node.position(), name(path) + " must be less than or equal to "
                    + maximum.asText(), false));
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && node instanceof YNode.Scalar s && s.value() instanceof String text
                && !PATTERNS.computeIfAbsent(pattern.asText(), Pattern::compile).matcher(text).find()) {
            out.add(new Violation(node.position(), name(path) + " does not match pattern '" + pattern.asText() + "'",
                    false));
        }
        if (node instanceof YNode.Mapping m) {
            checkObject(m, schema, path, out);
        } else if (node instanceof YNode.Sequence seq) {
            checkArray(seq, schema, path, out);
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null) {
            allOf.forEach(s -> check(node, s, path, out));
        }
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null) {
            checkAlternatives(node, oneOf, path, out, true);
        }
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf != null) {
            checkAlternatives(node, anyOf, path, out, false);
        }
    }

    private void checkAlternatives(YNode node, JsonNode alternatives, String path, List<Violation> out, boolean one) {
        List<List<Violation>> failures = new ArrayList<>();
        int matched = 0;
        for (JsonNode alternative : alternatives) {
            List<Violation> sub = new ArrayList<>();
            check(node, alternative, path, sub);
            if (sub.isEmpty()) {
                matched++;
            } else {
                failures.add(sub);
            }
        }
        if (matched == 1 || matched > 1 && !one) {
            return;
        }
        if (matched > 1) {
            out.add(new Violation(node.position(), name(path) + " must match exactly one schema in oneOf", false));
            return;
        }
        List<Violation> specific = null;
        List<String> expected = new ArrayList<>();
        for (List<Violation> f : failures) {
            boolean typeMismatchHere = f.size() == 1 && f.get(0).typeOnly() && f.get(0).at().equals(node.position());
            if (typeMismatchHere) {
                String m = f.get(0).message();
                expected.add(m.substring(m.lastIndexOf(" must be a ") + " must be a ".length()));
            } else if (specific == null) {
                specific = f;
            }
        }
        if (specific != null) {
            out.addAll(specific);
        } else {
            out.add(new Violation(node.position(), name(path) + " must be a " + String.join(" or ", expected), true));
        }
    }

    private void checkObject(YNode.Mapping m, JsonNode schema, String path, List<Violation> out) {
        JsonNode properties = schema.get("properties");
        JsonNode patterns = schema.get("patternProperties");
        JsonNode additional = schema.get("additionalProperties");
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode r : required) {
                if (!m.has(r.asText())) {
                    out.add(new Violation(m.position(), name(path) + " " + r.asText() + " is required", false));
                }
            }
        }
        for (YNode.Entry e : m.entries()) {
            String childPath = path.isEmpty() ? e.key() : path + "." + e.key();
            boolean known = false;
            if (properties != null && properties.has(e.key())) {
                known = true;
                check(e.value(), properties.get(e.key()), childPath, out);
            }
            if (patterns != null) {
                Iterator<Map.Entry<String, JsonNode>> it = patterns.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (PATTERNS.computeIfAbsent(p.getKey(), Pattern::compile).matcher(e.key()).find()) {
                        known = true;
                        check(e.value(), p.getValue(), childPath, out);
                    }
                }
            }
            if (!known && additional != null) {
                if (additional.isBoolean() && !additional.asBoolean()) {
                    out.add(new Violation(e.keyPosition(), (path.isEmpty() ? "(root)" : path)
                            + " Additional property " + e.key() + " is not allowed", false));
                } else if (additional.isObject()) {
                    check(e.value(), additional, childPath, out);
                }
            }
        }
    }

    private void checkArray(YNode.Sequence seq, JsonNode schema, String path, List<Violation> out) {
        JsonNode items = schema.get("items");
        List<YNode> list = seq.items();
        if (items != null && items.isObject()) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), items, path + "." + i, out);
            }
        }
        JsonNode unique = schema.get("uniqueItems");
        if (unique != null && unique.asBoolean()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(normal(list.get(i).toPlain()), normal(list.get(j).toPlain()))) {
                        out.add(new Violation(list.get(i).position(), name(path) + " contains duplicate items: item "
                                + j + " and item " + i + " are equal", false));
                        break;
                    }
                }
            }
        }
    }

    private static Object normal(Object plain) {
        if (plain instanceof Number n && !(plain instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros();
        }
        return plain;
    }

    private static boolean typeMatches(YNode node, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(node, t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return typeMatches(node, type.asText());
    }

    private static boolean typeMatches(YNode node, String type) {
        switch (type) {
            case "object":
                return node instanceof YNode.Mapping;
            case "array":
                return node instanceof YNode.Sequence;
            default:
                break;
        }
        if (!(node instanceof YNode.Scalar s)) {
            return false;
        }
        Object v = s.value();
        switch (type) {
            case "string":
                return v instanceof String;
            case "boolean":
                return v instanceof Boolean;
            case "null":
                return v == null;
            case "number":
                return v instanceof Long || v instanceof Double d && !d.isNaN() && !d.isInfinite();
            case "integer":
                return v instanceof Long || v instanceof Double d && !d.isInfinite() && d == Math.rint(d);
            default:
                return false;
        }
    }

    private static boolean enumMatches(YNode node, JsonNode values) {
        Object v = node.toPlain();
        for (JsonNode e : values) {
            if (e.isTextual() && e.asText().equals(v) || e.isNumber() && v instanceof Number n
                    && n.doubleValue() == e.asDouble() || e.isBoolean() && Boolean.valueOf(e.asBoolean()).equals(v)
                    || e.isNull() && v == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean formatMatches(String format, Object value) {
        switch (format) {
            case "ports":
                String spec = value instanceof Double d ? Long.toString(d.longValue()) : String.valueOf(value);
                try {
                    PortSpec.parse(spec);
                    return true;
                } catch (PortSpec.InvalidPortException e) {
                    return false;
                }
            case "duration":
                return !(value instanceof String s) || GoDuration.parse(s) != null;
            default:
                return true;
        }
    }

    private static String typeNames(JsonNode type) {
        if (!type.isArray()) {
            return typeName(type.asText());
        }
        List<String> names = new ArrayList<>();
        type.forEach(t -> names.add(typeName(t.asText())));
        return String.join(" or ", names);
    }

    private static String typeName(String jsonType) {
        switch (jsonType) {
            case "array":
                return "list";
            case "object":
                return "mapping";
            default:
                return jsonType;
        }
    }

    private static String name(String path) {
        return path.isEmpty() ? "(root)" : path;
    }
}
