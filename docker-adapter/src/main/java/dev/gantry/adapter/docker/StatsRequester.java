package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EndpointProfile;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.config.CharCodingConfig;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http.impl.HttpProcessors;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester;
import org.apache.hc.core5.http.impl.nio.ClientHttp1IOEventHandlerFactory;
import org.apache.hc.core5.http.impl.nio.ClientHttp1StreamDuplexerFactory;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.ssl.BasicClientTlsStrategy;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.pool.StrictConnPool;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs for the stats sampler without a thread per request: HttpCore 5's non-blocking requester on
 * one I/O thread ({@value #IO_THREAD}), any number of requests in flight. dockerd holds a stats
 * request until its collector's next tick (a second or more), so requests in flight at once each
 * still have a connection of their own (HTTP/1.1 answers one request at a time per connection);
 * pooled, the most recently used first, and closed after {@link #IDLE} without traffic.
 *
 * <p>Reaches unix:// sockets (JEP 380 channels, HttpCore 5.4) and tcp:// with or without TLS.
 * With TLS the JDK checks that the engine's certificate names the host (as the session's
 * transport does), unless the user turned verification off.
 */
final class StatsRequester implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatsRequester.class);

    /** The name of the one I/O thread (HttpCore names its own "requester-dispatch-N"). */
    static final String IO_THREAD = "gantry-stats-io";

    /**
     * A connection without traffic this long is closed; also the longest a request may wait for
     * its answer (a held one-shot request is answered in a second or two).
     */
    static final Timeout IDLE = Timeout.ofSeconds(60);

    /** Connections at most, as the blocking transport had: one per watched container. */
    static final int MAX_CONNECTIONS = 4096;

    /**
     * Each connection's input and output buffer. HttpCore's default, 32 kB each, kept 3.9 MB of heap
     * for the 62 connections of 200 sampled containers; a request is one line and a few headers, an
     * answer 2-5 kB that is read in pieces anyway.
     */
    static final int BUFFER_BYTES = 4096;

    private final HttpHost target;
    private final HttpAsyncRequester requester;

    private StatsRequester(HttpHost target, UnixDomainSocketAddress socket, SSLContext ssl) {
        this.target = target;
        // DYNAMIC: a TLS connection holds its three packet buffers (16 kB each) only while it has data
        TlsStrategy tls = ssl == null ? null : new BasicClientTlsStrategy(ssl, SSLBufferMode.DYNAMIC, null, null);
        Timeout handshake = Timeout.of(DockerClients.CONNECT_TIMEOUT);
        IOReactorConfig reactor = IOReactorConfig.custom()
                .setIoThreadCount(1)
                .setSoTimeout(IDLE)
                .build();
        ClientHttp1StreamDuplexerFactory http1 = new ClientHttp1StreamDuplexerFactory(HttpProcessors.client(),
                Http1Config.custom().setBufferSize(BUFFER_BYTES).build(), CharCodingConfig.DEFAULT, DefaultConnectionReuseStrategy.INSTANCE, null, null, null);
        StrictConnPool<HttpHost, IOSession> pool = new StrictConnPool<>(MAX_CONNECTIONS, MAX_CONNECTIONS,
                TimeValue.NEG_ONE_MILLISECOND, PoolReusePolicy.LIFO, null);
        this.requester = new HttpAsyncRequester(reactor, new ClientHttp1IOEventHandlerFactory(http1, tls, handshake),
                StatsRequester::nameIoThread, e -> LOG.debug("stats I/O: {}", e.toString()), null, pool, tls, handshake,
                null, null) {
            @Override
            public Future<IOSession> requestSession(HttpHost host, Timeout timeout, Object attachment,
                                                    FutureCallback<IOSession> callback) {
                if (socket == null) {
                    return super.requestSession(host, timeout, attachment, callback);
                }
                return connect(host, socket, null, timeout, attachment, callback);
            }
        };
        requester.start();
    }

    /** A requester for the profile's endpoint, or null for one it cannot reach (npipe://). */
    static StatsRequester of(EndpointProfile profile) {
        URI host = profile.host();
        if ("unix".equals(host.getScheme())) {
            return new StatsRequester(new HttpHost("http", "localhost", 80),
                    UnixDomainSocketAddress.of(Path.of(host.getPath())), null);
        }
        if ("tcp".equals(host.getScheme())) {
            boolean tls = profile.usesTls();
            return new StatsRequester(new HttpHost(tls ? "https" : "http", host.getHost(), host.getPort()), null,
                    tls ? new PemSslConfig(profile.tls()).getSSLContext() : null);
        }
        return null;
    }

    /**
     * Sends GET {@code path}; {@code done} hears the status and the whole body (a stats document is
     * a few kB), or the failure, on the I/O thread: it must hand any real work elsewhere.
     */
    void get(String path, FutureCallback<Message<HttpResponse, byte[]>> done) {
        requester.execute(new BasicRequestProducer(Method.GET, target, path),
                new BasicResponseConsumer<>(new BasicAsyncEntityConsumer()), Timeout.of(DockerClients.CONNECT_TIMEOUT),
                done);
    }

    /** Called on the I/O thread for every new connection. */
    private static IOSession nameIoThread(IOSession session) {
        Thread t = Thread.currentThread();
        if (!IO_THREAD.equals(t.getName())) {
            t.setName(IO_THREAD);
        }
        return session;
    }

    @Override
    public void close() {
        requester.close(CloseMode.IMMEDIATE);
    }
}
