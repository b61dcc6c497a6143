import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.docker.DockerEngineConnector;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median time of the adapter's inventory() against the test engine (run by scripts/bench-window.sh). */
public class InventoryVsCli {
    public static void main(String[] args) throws Exception {
        var p = new EndpointProfile("bench", URI.create(args[0]), null, false, EndpointProfile.Source.USER);
        try (var s = new DockerEngineConnector().connect(p)) {
            s.inventory();
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long t = System.nanoTime();
                var inv = s.inventory();
                ms.add((System.nanoTime() - t) / 1_000_000);
                if (i == 0) {
                    System.err.println("containers " + inv.containers().size() + ", services " + inv.services().size()
                            + ", tasks " + inv.tasks().size());
                }
            }
            Collections.sort(ms);
            System.out.println(ms.get(ms.size() / 2));
        }
    }
}
