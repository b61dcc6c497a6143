package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one command in a container through exec create/start, stdout and stderr apart, with a timeout. */
final class ExecRunner {

    /** Output beyond this is cut: a reload command that prints megabytes is not read in full. */
    static final int MAX_OUTPUT = 64 * 1024;

    record Outcome(Integer exitCode, String stdout, String stderr, boolean timedOut, Duration duration) {
    }

    private ExecRunner() {
    }

    static Outcome run(DockerClient client, String containerId, List<String> command, Duration timeout)
            throws InterruptedException {
        long start = System.nanoTime();
        String execId = client.execCreateCmd(containerId)
                .withCmd(command.toArray(String[]::new))
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withTty(false)
                .exec()
                .getId();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                StringBuilder target = frame.getStreamType() == StreamType.STDERR ? err : out;
                synchronized (target) {
                    if (target.length() < MAX_OUTPUT) {
                        target.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                    }
                }
            }
        };
        boolean finished;
        try {
            client.execStartCmd(execId).withDetach(false).withTty(false).exec(callback);
            finished = callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            try {
                callback.close();
            } catch (IOException ignored) {
                // the stream is done either way
            }
        }
        InspectExecResponse inspect = client.inspectExecCmd(execId).exec();
        Long exit = inspect.getExitCodeLong();
        boolean stillRunning = Boolean.TRUE.equals(inspect.isRunning());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String stdout;
        String stderr;
        synchronized (out) {
            stdout = out.toString();
        }
        synchronized (err) {
            stderr = err.toString();
        }
        return new Outcome(stillRunning || exit == null ? null : exit.intValue(), stdout, stderr, !finished || stillRunning, took);
    }
}
