package dev.gantry.adapter.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One log request read on its own daemon thread through the client's transport, frames handed to a
 * {@link LogFrameReader.Sink}. Can be closed before or after the response arrives, and reports the
 * end exactly once (null = read through, else the failure) unless it was closed.
 */
final class LogConnection {

    private final DockerHttpClient http;
    private final String path;
    private final boolean raw;
    private final LogFrameReader.Sink sink;
    private final Consumer<Throwable> onEnd;
    private final Thread thread;
    private DockerHttpClient.Response response;
    private volatile boolean closed;

    /** @param path unversioned, escaped, e.g. {@code /containers/ID/logs?stdout=1...} */
    LogConnection(DockerHttpClient http, String path, boolean raw, LogFrameReader.Sink sink,
                  Consumer<Throwable> onEnd, String threadName) {
        this.http = http;
        this.path = path;
        this.raw = raw;
        this.sink = sink;
        this.onEnd = onEnd;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        Throwable failure = null;
        DockerHttpClient.Request req = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path(path).build();
        try (DockerHttpClient.Response resp = http.execute(req)) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                response = resp;
            }
            int status = resp.getStatusCode();
            if (status < 200 || status > 299) {
                throw RawApi.asDockerException(status, RawApi.errorMessage(resp.getBody().readAllBytes()));
            }
            LogFrameReader.read(resp.getBody(), raw, sink, () -> closed);
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        if (!closed) {
            onEnd.accept(failure);
        }
    }

    void close() {
        DockerHttpClient.Response r;
        synchronized (this) {
            closed = true;
            r = response;
        }
        if (r != null) {
            try {
                r.close();
            } catch (RuntimeException ignored) {
                // the stream is going away either way
            }
        }
        thread.interrupt();
    }
}
