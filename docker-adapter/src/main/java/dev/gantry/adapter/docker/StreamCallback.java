package dev.gantry.adapter.docker;

import com.github.dockerjava.api.async.ResultCallback;
import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A docker-java stream callback that can be closed before or after the stream starts, and reports
 * the stream's end exactly once (null = ended normally, else the failure) unless it was closed.
 */
final class StreamCallback<T> implements ResultCallback<T> {

    private final Consumer<T> onItem;
    private final Consumer<Throwable> onEnd;
    private Closeable stream;
    private boolean closed;
    private boolean ended;

    StreamCallback(Consumer<T> onItem, Consumer<Throwable> onEnd) {
        this.onItem = onItem;
        this.onEnd = onEnd;
    }

    @Override
    public void onStart(Closeable closeable) {
        boolean closeNow;
        synchronized (this) {
            stream = closeable;
            closeNow = closed;
        }
        if (closeNow) {
            closeQuietly(closeable);
        }
    }

    @Override
    public void onNext(T item) {
        if (!isClosed()) {
            onItem.accept(item);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        end(throwable);
    }

    @Override
    public void onComplete() {
        end(null);
    }

    private void end(Throwable t) {
        synchronized (this) {
            if (ended || closed) {
                ended = true;
                return;
            }
            ended = true;
        }
        onEnd.accept(t);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        Closeable s;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            s = stream;
        }
        if (s != null) {
            closeQuietly(s);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // the stream is going away either way
        }
    }
}
