package dev.gantry.adapter.docker;

import com.github.dockerjava.core.util.CertificateUtils;
import com.github.dockerjava.transport.SSLConfig;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
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

    /** Only protects the key inside the in-memory key store. */
    private static final char[] KEY_PASSWORD = "gantry".toCharArray();

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
        List<X509Certificate> chain = certificates(cert, "client certificate");
        PrivateKey privateKey = privateKey(key);
        requirePair(chain.get(0), privateKey, cert, key);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setKeyEntry("client", privateKey, KEY_PASSWORD, chain.toArray(new X509Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, KEY_PASSWORD);
            return factory.getKeyManagers();
        } catch (IOException | GeneralSecurityException e) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The client certificate " + cert
                    + " and the key " + key + " do not make a usable pair: " + e.getMessage() + ".", e);
        }
    }

    private static TrustManager[] trustManagers(Path ca) {
        List<X509Certificate> cas = certificates(ca, "CA certificate");
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("ca-" + i, cas.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException | GeneralSecurityException e) {
            throw new EngineException(Kind.UNKNOWN, "This Java runtime cannot hold the CA certificate " + ca + ": "
                    + e.getMessage(), e);
        }
    }

    /** A key that does not belong to the certificate would only show as an obscure handshake alert. */
    private static void requirePair(X509Certificate certificate, PrivateKey key, Path certFile, Path keyFile) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return;
        }
        boolean pair;
        try {
            byte[] probe = "gantry".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            pair = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            pair = false;
        }
        if (!pair) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The client key " + keyFile
                    + " does not belong to the client certificate " + certFile + ": choose the key made with it.");
        }
    }

    /** The JDK reads PEM certificates itself; no security provider needs registering. */
    private static List<X509Certificate> certificates(Path file, String what) {
        String pem = read(file, what);
        try {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw notPem(file, what, "no CERTIFICATE block");
            }
            return certs;
        } catch (CertificateException e) {
            throw notPem(file, what, "no readable CERTIFICATE block");
        }
    }

    /** PKCS#8, PKCS#1 (RSA) and SEC1 (EC) keys, through docker-java's reader. */
    private static PrivateKey privateKey(Path file) {
        String pem = read(file, "client key");
        try {
            PrivateKey key = CertificateUtils.loadPrivateKey(pem);
            if (key == null) {
                throw notPem(file, "client key", "no PRIVATE KEY block");
            }
            return key;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof EngineException ee) {
                throw ee;
            }
            throw notPem(file, "client key", "not a readable unencrypted private key");
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
