package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one deploy changed, newest first, so a failed deploy can be undone: created objects are
 * removed, updated ones get their previous spec back.
 */
final class DeployJournal {

    private static final Duration NETWORK_RELEASE = Duration.ofSeconds(60);

    private interface Undo {
        String describe();

        void run(EngineApi api);
    }

    private final Deque<Undo> undos = new ArrayDeque<>();

    void createdNetwork(String name, String id) {
        undos.push(new Undo() {
            public String describe() {
                return "remove network " + name;
            }

            public void run(EngineApi api) {
                removeNetwork(api, id);
            }
        });
    }

    void createdObject(SwarmObjects type, String name, String id) {
        undos.push(new Undo() {
            public String describe() {
                return "remove " + type.noun + " " + name;
            }

            public void run(EngineApi api) {
                type.remove(api, id);
            }
        });
    }

    void updatedObject(SwarmObjects type, String name, String id, JsonNode previousSpec) {
        undos.push(new Undo() {
            public String describe() {
                return "restore " + type.noun + " " + name;
            }

            public void run(EngineApi api) {
                JsonNode fresh = api.get(type.base + "/" + EngineApi.encode(id));
                type.update(api, id, fresh.path("Version").path("Index").asLong(), previousSpec);
            }
        });
    }

    void createdService(String name, String id) {
        undos.push(new Undo() {
            public String describe() {
                return "remove service " + name;
            }

            public void run(EngineApi api) {
                api.delete("/services/" + EngineApi.encode(id));
            }
        });
    }

    void updatedService(String name, String id, ObjectNode previousSpec) {
        undos.push(new Undo() {
            public String describe() {
                return "restore service " + name + " to its previous spec";
            }

            public void run(EngineApi api) {
                ServiceUpdater.update(api, id, fresh -> previousSpec);
            }
        });
    }

    /** Undoes everything, newest first; returns what was done and collects what failed. */
    List<String> undo(EngineApi api, List<String> issues) {
        List<String> done = new ArrayList<>();
        while (!undos.isEmpty()) {
            Undo u = undos.pop();
            try {
                u.run(api);
                done.add(u.describe());
            } catch (RuntimeException e) {
                issues.add("Could not " + u.describe() + ": " + e.getMessage());
            }
        }
        return done;
    }

    /** Tasks leave a network asynchronously after their service is removed: wait for that. */
    private static void removeNetwork(EngineApi api, String id) {
        long deadline = System.nanoTime() + NETWORK_RELEASE.toNanos();
        while (true) {
            try {
                api.delete("/networks/" + EngineApi.encode(id));
                return;
            } catch (EngineException e) {
                if (e.kind() == EngineException.Kind.NOT_FOUND) {
                    return;
                }
                if (System.nanoTime() > deadline || e.kind() != EngineException.Kind.CONFLICT
                        && !e.getMessage().contains("active endpoints")) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Kind.UNKNOWN, "Interrupted while undoing the deploy.", e);
        }
    }
}
