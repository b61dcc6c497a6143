package dev.gantry.adapter.docker;

import com.github.dockerjava.transport.SSLConfig;
import java.security.Provider;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS set-up of a unix socket or named pipe transport: none. Given no SSL configuration,
 * docker-java's transport builds the Java runtime's default TLS context anyway, for an "https"
 * route a socket never takes. That loads the security providers and parses the system's trusted
 * certificates: about 0.15 s of CPU at every connect, on the way to the first inventory. This
 * context costs nothing to make and refuses to be used.
 */
final class SocketOnlySslConfig implements SSLConfig {

    static final SocketOnlySslConfig INSTANCE = new SocketOnlySslConfig();

    private static final SSLContext CONTEXT = new SSLContext(new Refusing(), new Provider("Gantry-socket", "1",
            "No TLS: the engine is reached through a local socket") {
    }, "TLS") {
    };

    private SocketOnlySslConfig() {
    }

    /** Whether a transport to {@code scheme} can take this configuration (it must not turn tcp into https). */
    static boolean fits(String scheme) {
        return "unix".equals(scheme) || "npipe".equals(scheme);
    }

    @Override
    public SSLContext getSSLContext() {
        return CONTEXT;
    }

    private static final class Refusing extends SSLContextSpi {

        private static IllegalStateException refused() {
            return new IllegalStateException("TLS is not used on a local socket endpoint");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
