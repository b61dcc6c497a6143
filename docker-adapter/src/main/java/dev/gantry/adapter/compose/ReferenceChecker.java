package dev.gantry.adapter.compose;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 4b: a service may only use networks, named volumes, secrets and configs that the files
 * declare ({@code docker stack deploy} refuses the stack otherwise; {@code docker stack config}
 * does not check). The network "default" is always there.
 */
final class ReferenceChecker {

    void check(List<YNode.Mapping> roots, List<Diagnostics> outs) {
        Set<String> networks = new HashSet<>(Set.of("default"));
        Set<String> volumes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> configs = new HashSet<>();
        for (YNode.Mapping root : roots) {
            names(root.get("networks"), networks);
            names(root.get("volumes"), volumes);
            names(root.get("secrets"), secrets);
            names(root.get("configs"), configs);
        }
        for (int i = 0; i < roots.size(); i++) {
            YNode.Mapping services = Binder.map(roots.get(i).get("services"));
            if (services == null) {
                continue;
            }
            Diagnostics out = outs.get(i);
            for (YNode.Entry service : services.entries()) {
                YNode.Mapping def = Binder.map(service.value());
                if (def == null) {
                    continue;
                }
                String name = service.key();
                networkRefs(name, def.get("networks"), networks, out);
                volumeRefs(name, def.get("volumes"), volumes, out);
                fileRefs(name, "secret", def.get("secrets"), secrets, out);
                fileRefs(name, "config", def.get("configs"), configs, out);
            }
        }
    }

    private static void names(YNode section, Set<String> into) {
        YNode.Mapping m = Binder.map(section);
        if (m != null) {
            m.entries().forEach(e -> into.add(e.key()));
        }
    }

    private static void networkRefs(String service, YNode node, Set<String> declared, Diagnostics out) {
        if (node instanceof YNode.Sequence s) {
            for (YNode item : s.items()) {
                String n = Binder.str(item);
                if (n != null && !declared.contains(n)) {
                    out.error(item, "service " + service + " uses network \"" + n + "\", which is not declared under networks:");
                }
            }
        } else if (node instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries()) {
                if (!declared.contains(e.key())) {
                    out.error(e.keyPosition(), "service " + service + " uses network \"" + e.key()
                            + "\", which is not declared under networks:");
                }
            }
        }
    }

    private static void volumeRefs(String service, YNode node, Set<String> declared, Diagnostics out) {
        YNode.Sequence s = Binder.seq(node);
        if (s == null) {
            return;
        }
        for (YNode item : s.items()) {
            String type;
            String source;
            if (item instanceof YNode.Mapping m) {
                type = Binder.str(m.get("type"));
                source = Binder.str(m.get("source"));
            } else if (Binder.scalarValue(item) instanceof String spec) {
                try {
                    var v = VolumeSpec.parse(spec);
                    type = v.type();
                    source = v.source();
                } catch (VolumeSpec.InvalidVolumeException e) {
                    continue;
                }
            } else {
                continue;
            }
            if ("volume".equals(type) && source != null && !source.isEmpty() && !declared.contains(source)) {
                out.error(item, "service " + service + " uses volume \"" + source
                        + "\", which is not declared under volumes:");
            }
        }
    }

    private static void fileRefs(String service, String kind, YNode node, Set<String> declared, Diagnostics out) {
        YNode.Sequence s = Binder.seq(node);
        if (s == null) {
            return;
        }
        for (YNode item : s.items()) {
            String source = item instanceof YNode.Mapping m ? Binder.str(m.get("source")) : Binder.str(item);
            if (source != null && !declared.contains(source)) {
                out.error(item, "service " + service + " uses " + kind + " \"" + source + "\", which is not declared under "
                        + kind + "s:");
            }
        }
    }
}
