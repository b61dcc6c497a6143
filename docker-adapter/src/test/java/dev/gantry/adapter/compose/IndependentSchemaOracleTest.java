package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema as oracle, through an independent implementation (networknt json-schema-validator,
 * test scope): for the corpus and seeded mutants of it, Gantry's {@link SchemaValidator} accepts a
 * tree exactly when the independent validator does, for both bundled schemas (the stack schema,
 * draft-04, and compose-spec, draft-07). Formats are left out of the comparison (the independent
 * validator does not know "ports" and "duration"; those are compared with the CLI elsewhere).
 * {@code -Dgantry.schema-oracle.cases=N} mutants per schema (default 1,000).
 */
class IndependentSchemaOracleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> gantryAgreesWithAnIndependentValidator() {
        return Stream.of(
                DynamicTest.dynamicTest("config_schema_v3.13.json", () -> compare("config_schema_v3.13.json",
                        SpecVersion.VersionFlag.V4, SchemaValidator.stackSchema())),
                DynamicTest.dynamicTest("compose-spec.json", () -> compare("compose-spec.json",
                        SpecVersion.VersionFlag.V7, SchemaValidator.composeSpec())));
    }

    private static void compare(String schemaName, SpecVersion.VersionFlag draft, SchemaValidator gantry)
            throws Exception {
        JsonNode schemaNode;
        try (InputStream in = SchemaValidator.class.getResourceAsStream(schemaName)) {
            schemaNode = JSON.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) schemaNode).remove("$id");
        ((com.fasterxml.jackson.databind.node.ObjectNode) schemaNode).remove("id");
        JsonSchema independent = JsonSchemaFactory.getInstance(draft).getSchema(schemaNode,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());
        List<Path> files = Corpus.stackFiles();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        int cases = Integer.getInteger("gantry.schema-oracle.cases", 1000);
        Random random = new Random(99);
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < files.size() + cases; i++) {
            int which = i < files.size() ? i : random.nextInt(files.size());
            String text = i < files.size() ? texts.get(which) : RobustnessTest.mutate(texts.get(which), random);
            Diagnostics d = new Diagnostics(files.get(which));
            YNode.Mapping root = new YamlParser().parse(text, d);
            if (root == null) {
                continue;
            }
            root = new Interpolator(Map.of()).interpolate(root, new Diagnostics(files.get(which)));
            boolean ours = gantry.violations(root).stream()
                    .noneMatch(v -> !v.message().contains("Does not match format"));
            Set<ValidationMessage> theirs = independent.validate(JSON.valueToTree(root.toPlain()));
            if (ours != theirs.isEmpty()) {
                disagreements.add((i < files.size() ? "corpus " : "mutant " + i + " of ") + files.get(which).getFileName()
                        + ": Gantry " + (ours ? "accepts" : "rejects " + gantry.violations(root)) + "; independent "
                        + (theirs.isEmpty() ? "accepts" : "rejects " + theirs));
            } else if (ours) {
                valid++;
            } else {
                invalid++;
            }
        }
        System.out.printf("[schema-oracle] %s: %d trees valid for both, %d invalid for both, %d disagree%n",
                schemaName, valid, invalid, disagreements.size());
        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements, first:\n  "
                + String.join("\n  ", disagreements.subList(0, Math.min(10, disagreements.size()))));
    }
}
