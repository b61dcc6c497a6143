package dev.gantry.adapter.api.ops;

import dev.gantry.adapter.api.Subscription;
import java.util.concurrent.CompletableFuture;

/**
 * A running watch on a service. Closing it cancels the watch (the outcome then completes with
 * phase CANCELLED). The outcome always completes: at the latest when the timeout passes.
 */
public interface ProgressWatch extends Subscription {

    CompletableFuture<ServiceProgress> outcome();
}
