package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.api.deploy.StackConversionException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import dev.gantry.adapter.compose.model.VolumeConfig;
import java.util.Map;

/** services.X.volumes entries to Engine mounts: named and anonymous volumes, binds, tmpfs, npipe, cluster. */
final class MountConverter {

    private MountConverter() {
    }

    static ObjectNode mount(ServiceVolumeConfig v, Map<String, VolumeConfig> stackVolumes, Namespace ns) {
        String type = v.type() == null || v.type().isEmpty() ? "volume" : v.type();
        return switch (type) {
            case "volume" -> volume(v, stackVolumes, ns);
            case "bind" -> bind(v);
            case "tmpfs" -> tmpfs(v);
            case "npipe" -> npipe(v);
            case "cluster" -> cluster(v, stackVolumes, ns);
            default -> throw new StackConversionException("volume type must be volume, bind, tmpfs, npipe, or cluster");
        };
    }

    private static ObjectNode base(ServiceVolumeConfig v, String type) {
        ObjectNode m = Json.object();
        m.put("Type", type);
        Json.putText(m, "Source", v.source());
        Json.putText(m, "Target", v.target());
        Json.putTrue(m, "ReadOnly", v.readOnly());
        Json.putText(m, "Consistency", v.consistency());
        return m;
    }

    private static void refuse(boolean present, String option, String type) {
        if (present) {
            throw new StackConversionException(option + " options are incompatible with type " + type);
        }
    }

    private static ObjectNode volume(ServiceVolumeConfig v, Map<String, VolumeConfig> stackVolumes, Namespace ns) {
        refuse(v.tmpfs() != null, "tmpfs", "volume");
        refuse(v.bind() != null, "bind", "volume");
        refuse(v.cluster(), "cluster", "volume");
        ObjectNode m = base(v, "volume");
        if (v.source() == null || v.source().isEmpty()) {
            return m;
        }
        VolumeConfig stackVolume = stackVolumes.get(v.source());
        if (stackVolume == null) {
            throw new StackConversionException("undefined volume \"" + v.source() + "\"");
        }
        m.put("Source", stackVolume.name() != null && !stackVolume.name().isEmpty()
                ? stackVolume.name() : ns.scope(v.source()));
        ObjectNode options = Json.object();
        Json.putTrue(options, "NoCopy", v.volume() != null && v.volume().noCopy());
        if (!stackVolume.external()) {
            Json.putMap(options, "Labels", ns.withStackLabel(stackVolume.labels()));
            if (stackVolume.driver() != null && !stackVolume.driver().isEmpty() || !stackVolume.driverOpts().isEmpty()) {
                ObjectNode driver = options.putObject("DriverConfig");
                Json.putText(driver, "Name", stackVolume.driver());
                Json.putMap(driver, "Options", stackVolume.driverOpts());
            }
        }
        m.set("VolumeOptions", options);
        return m;
    }

    private static ObjectNode bind(ServiceVolumeConfig v) {
        if (v.source() == null || v.source().isEmpty()) {
            throw new StackConversionException("invalid bind source, source cannot be empty");
        }
        refuse(v.volume() != null, "volume", "bind");
        refuse(v.tmpfs() != null, "tmpfs", "bind");
        refuse(v.cluster(), "cluster", "bind");
        ObjectNode m = base(v, "bind");
        if (v.bind() != null) {
            ObjectNode options = m.putObject("BindOptions");
            Json.putText(options, "Propagation", v.bind().propagation());
        }
        return m;
    }

    private static ObjectNode tmpfs(ServiceVolumeConfig v) {
        if (v.source() != null && !v.source().isEmpty()) {
            throw new StackConversionException("invalid tmpfs source, source must be empty");
        }
        refuse(v.bind() != null, "bind", "tmpfs");
        refuse(v.volume() != null, "volume", "tmpfs");
        refuse(v.cluster(), "cluster", "tmpfs");
        ObjectNode m = base(v, "tmpfs");
        if (v.tmpfs() != null) {
            ObjectNode options = m.putObject("TmpfsOptions");
            if (v.tmpfs().size() != 0) {
                options.put("SizeBytes", v.tmpfs().size());
            }
        }
        return m;
    }

    private static ObjectNode npipe(ServiceVolumeConfig v) {
        if (v.source() == null || v.source().isEmpty()) {
            throw new StackConversionException("invalid npipe source, source cannot be empty");
        }
        refuse(v.volume() != null, "volume", "npipe");
        refuse(v.tmpfs() != null, "tmpfs", "npipe");
        ObjectNode m = base(v, "npipe");
        if (v.bind() != null) {
            Json.putText(m.putObject("BindOptions"), "Propagation", v.bind().propagation());
        }
        return m;
    }

    private static ObjectNode cluster(ServiceVolumeConfig v, Map<String, VolumeConfig> stackVolumes, Namespace ns) {
        if (v.source() == null || v.source().isEmpty()) {
            throw new StackConversionException("invalid cluster source, source cannot be empty");
        }
        refuse(v.tmpfs() != null, "tmpfs", "cluster");
        refuse(v.bind() != null, "bind", "cluster");
        refuse(v.volume() != null, "volume", "cluster");
        ObjectNode m = base(v, "cluster");
        m.putObject("ClusterOptions");
        if (!v.source().startsWith("group:")) {
            VolumeConfig stackVolume = stackVolumes.get(v.source());
            if (stackVolume == null) {
                throw new StackConversionException("undefined volume \"" + v.source() + "\"");
            }
            m.put("Source", stackVolume.name() != null && !stackVolume.name().isEmpty()
                    ? stackVolume.name() : ns.scope(v.source()));
        }
        return m;
    }
}
