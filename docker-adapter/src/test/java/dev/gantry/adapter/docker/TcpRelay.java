package dev.gantry.adapter.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Relays bytes from a local address to a target, unchanged: reaches the real engine under another
 * address (e.g. 127.0.0.2, which Linux routes to loopback) without touching TLS.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    TcpRelay(InetAddress bind, InetSocketAddress target) throws IOException {
        this.server = new ServerSocket(0, 50, bind);
        this.target = target;
        Thread acceptor = new Thread(this::accept, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket in = server.accept();
                Socket out = new Socket();
                out.connect(target, 3000);
                sockets.add(in);
                sockets.add(out);
                pump(in, out);
                pump(out, in);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream input = from.getInputStream(); OutputStream output = to.getOutputStream()) {
                for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                    output.write(buffer, 0, n);
                    output.flush();
                }
            } catch (IOException done) {
                // one side closed: the relay of this connection ends
            } finally {
                closeQuietly(to);
                closeQuietly(from);
            }
        }, "relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(TcpRelay::closeQuietly);
    }
}
