package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.docker.deploy.StackLabels;
import java.util.Map;
import java.util.TreeMap;

/** A stack's name and how it scopes names and labels objects, as the CLI's convert.Namespace. */
record Namespace(String name) {

    String scope(String local) {
        return StackLabels.scope(name, local);
    }

    /** A copy of the labels with the namespace label added; never mutates the input. */
    Map<String, String> withStackLabel(Map<String, String> labels) {
        Map<String, String> out = new TreeMap<>(labels == null ? Map.of() : labels);
        out.put(StackLabels.NAMESPACE, name);
        return out;
    }
}
