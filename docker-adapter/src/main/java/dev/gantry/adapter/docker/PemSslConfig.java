package dev.gantry.adapter.docker;

import com.github.dockerjava.core.SSLConfig;
import com.github.dockerjava.core.util.CertificateUtils;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * docker-java's SSLConfig from separate PEM files (not only docker's one-directory layout). The
 * SSLContext is built when this object is created, so a file that is not valid PEM is reported
 * as {@link Kind#TLS_MATERIAL_INCOMPLETE} naming it, before any connection.
 *
 * <p>With verification on, only the CA in ca.pem is trusted (as the docker CLI does). With
 * verification off (the user's explicit choice, the CLI's SkipTLSVerify) any server certificate
 * chain is accepted. Caveat: docker-java's httpclient5 transport always runs its own host name
 * check after the handshake, so the engine's certificate must still name the host Gantry dials.
 */
final class PemSslConfig implements SSLConfig {

    private final SSLContext context;

    PemSslConfig(TlsMaterial tls) {
        this.context = build(tls);
    }

    @Override
    public SSLContext getSSLContext() {
        return context;
    }

    private static SSLContext build(TlsMaterial tls) {
        KeyManager[] keyManagers = tls.clientCert() == null ? null : keyManagers(tls.clientCert(), tls.clientKey());
        TrustManager[] trustManagers = tls.verifyServer()
                ? trustManagers(tls.caCert())
                : new TrustManager[] {new UserChoseNoVerification()};
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(keyManagers, trustManagers, null);
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new EngineException(Kind.UNKNOWN, "This Java runtime cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyManager[] keyManagers(Path cert, Path key) {
        String certPem = read(cert, "client certificate");
        String keyPem = read(key, "client key");
        try {
            if (CertificateUtils.loadCertificates(certPem).isEmpty()) {
                throw notPem(cert, "client certificate", "no CERTIFICATE block");
            }
            if (CertificateUtils.loadPrivateKey(keyPem) == null) {
                throw notPem(key, "client key", "no PRIVATE KEY block");
            }
            KeyStore store = CertificateUtils.createKeyStore(keyPem, certPem);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, "docker".toCharArray());
            return factory.getKeyManagers();
        } catch (EngineException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw notPem(cert, "client certificate or its key " + key.getFileName(), e.getMessage());
        }
    }

    private static TrustManager[] trustManagers(Path ca) {
        String caPem = read(ca, "CA certificate");
        try {
            if (CertificateUtils.loadCertificates(caPem).isEmpty()) {
                throw notPem(ca, "CA certificate", "no CERTIFICATE block");
            }
            KeyStore store = CertificateUtils.createTrustStore(caPem);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (EngineException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw notPem(ca, "CA certificate", e.getMessage());
        }
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The " + what + " " + file
                    + " cannot be read: " + e.getMessage() + ".", e);
        } catch (RuntimeException e) {
            throw notPem(file, what, "not a text file");
        }
    }

    private static EngineException notPem(Path file, String what, String detail) {
        return new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The " + what + " " + file
                + " is not a usable PEM file (" + detail + ").");
    }

    /** Accepts every server chain: only ever used when the user turned verification off. */
    private static final class UserChoseNoVerification extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("Gantry is a TLS client only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // the user's choice: do not verify the engine
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw new UnsupportedOperationException("Gantry is a TLS client only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // the user's choice: do not verify the engine
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("Gantry is a TLS client only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // the user's choice: do not verify the engine
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
