package dev.gantry.adapter.stats;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the samples of a group's containers (a service's or stack's running replicas), which arrive
 * one container at a time, into one aggregate per round: a round closes when every member has
 * reported since the last aggregate, or when one member reports twice (a slower or stuck member must
 * not hold the figures back). The aggregate sums each member's latest sample, so members sampled at
 * different rates still all count. Safe to call from several sampler threads.
 */
public final class StatsRounds {

    private final String name;
    private final Map<String, ContainerStats> latest = new LinkedHashMap<>();
    private final Set<String> reportedThisRound = new HashSet<>();
    private Set<String> members;

    public StatsRounds(String name, Collection<String> memberIds) {
        this.name = name;
        this.members = Set.copyOf(memberIds);
    }

    /** Replaces the members (replicas came and went); samples of former members are forgotten. */
    public synchronized void setMembers(Collection<String> memberIds) {
        members = Set.copyOf(memberIds);
        latest.keySet().retainAll(members);
        reportedThisRound.retainAll(members);
    }

    public synchronized Set<String> members() {
        return members;
    }

    /** Takes one member's sample; returns the group's aggregate when this sample closes a round. */
    public synchronized Optional<ContainerStats> offer(ContainerStats sample) {
        String id = sample.containerId();
        if (!members.contains(id)) {
            return Optional.empty();
        }
        boolean repeat = !reportedThisRound.add(id);
        latest.put(id, sample);
        if (!repeat && !reportedThisRound.containsAll(members)) {
            return Optional.empty();
        }
        reportedThisRound.clear();
        if (repeat) {
            reportedThisRound.add(id);
        }
        return Optional.of(StatsAggregate.of(name, latest.values()));
    }
}
