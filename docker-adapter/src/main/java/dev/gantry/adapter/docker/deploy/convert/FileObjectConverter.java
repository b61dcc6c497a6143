package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.api.deploy.StackConversionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.FileObjectConfig;
import dev.gantry.adapter.compose.model.FileReference;
import dev.gantry.adapter.docker.deploy.StackPlan.FileObjectPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Top-level secrets and configs, and the services' references to them. */
final class FileObjectConverter {

    private FileObjectConverter() {
    }

    static List<FileObjectPlan> objects(Namespace ns, Map<String, FileObjectConfig> declared, String noun,
                                        FileContents files) {
        List<FileObjectPlan> out = new ArrayList<>();
        new TreeMap<>(declared).forEach((local, obj) -> {
            if (obj.external()) {
                return;
            }
            byte[] data;
            if (obj.driver() != null && !obj.driver().isEmpty()) {
                data = new byte[0];
            } else {
                if (obj.file() == null || obj.file().isEmpty()) {
                    throw new StackConversionException(noun + " " + local + ": neither file nor external is set");
                }
                data = files.read(obj.file());
            }
            out.add(new FileObjectPlan(nameOf(ns, local, obj), ns.withStackLabel(obj.labels()), data));
        });
        return out;
    }

    /** Secrets or Configs of a ContainerSpec, sorted by name; IDs are filled in at deploy time. */
    static ArrayNode references(Namespace ns, List<FileReference> refs, Map<String, FileObjectConfig> declared,
                                String noun) {
        String nameKey = noun.equals("secret") ? "SecretName" : "ConfigName";
        List<ObjectNode> list = new ArrayList<>();
        for (FileReference ref : refs) {
            FileObjectConfig obj = declared.get(ref.source());
            if (obj == null) {
                throw new StackConversionException("undefined " + noun + " \"" + ref.source() + "\"");
            }
            ObjectNode r = Json.object();
            ObjectNode file = r.putObject("File");
            file.put("Name", ref.target() == null || ref.target().isEmpty() ? ref.source() : ref.target());
            file.put("UID", ref.uid() == null || ref.uid().isEmpty() ? "0" : ref.uid());
            file.put("GID", ref.gid() == null || ref.gid().isEmpty() ? "0" : ref.gid());
            file.put("Mode", ref.mode() == null ? 0444 : ref.mode());
            r.put(nameKey, nameOf(ns, ref.source(), obj));
            list.add(r);
        }
        list.sort(Comparator.comparing(r -> r.path(nameKey).asText()));
        ArrayNode out = Json.object().arrayNode();
        list.forEach(out::add);
        return out;
    }

    private static String nameOf(Namespace ns, String local, FileObjectConfig obj) {
        if (obj.name() != null && !obj.name().isEmpty()) {
            return obj.name();
        }
        return obj.external() ? local : ns.scope(local);
    }
}
