package dev.gantry.adapter.api;

/** A live stream (events, logs, stats). Closing it stops the stream; closing twice is harmless. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
