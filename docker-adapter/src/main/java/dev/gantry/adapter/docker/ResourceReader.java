package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.VolumeInfo;
import java.util.List;

/** Images, volumes and networks, each with what uses it, for the main window's tabs; lists read as JSON trees. */
final class ResourceReader {

    private final RawApi raw;
    private final ParallelCalls calls;
    private final EndpointProfile profile;

    ResourceReader(RawApi raw, ParallelCalls calls, EndpointProfile profile) {
        this.raw = raw;
        this.calls = calls;
        this.profile = profile;
    }

    List<ImageInfo> images() {
        var images = calls.submit(() -> raw.list("/images/json"));
        var containers = calls.submit(() -> raw.list(InventoryReader.CONTAINERS));
        return ImageMapper.map(calls.await(images), calls.await(containers));
    }

    /** One /system/df call: the only place the engine reports volume sizes. */
    List<VolumeInfo> volumes() {
        try {
            return VolumeMapper.fromDiskUsage(raw.get("/system/df"));
        } catch (RuntimeException e) {
            throw e instanceof EngineException ee ? ee : EngineErrors.translate(profile, e);
        }
    }

    List<NetworkInfo> networks() {
        var networks = calls.submit(() -> raw.get("/networks"));
        var containers = calls.submit(() -> raw.list(InventoryReader.CONTAINERS));
        var services = calls.submit(() -> SwarmCalls.listOrEmpty(() -> raw.list("/services")));
        return NetworkMapper.map(calls.await(networks), calls.await(containers), calls.await(services));
    }
}
