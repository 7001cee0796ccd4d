package org.fundtrail.audit.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * The Ed25519 key that signs Merkle roots. Made on first start and kept as two PEM files (PKCS#8 private key, X.509
 * public key) in {@code fundtrail.integrity.key-dir}, by default {@code <fundtrail.data-dir>/integrity}: the public
 * one is what {@code GET /api/public/integrity/public-key} publishes and what outsiders pin.
 */
@Component
public class RootSigningKey {

    private static final Logger log = LoggerFactory.getLogger(RootSigningKey.class);
    static final String PRIVATE_FILE = "root-signing-key.pem";
    static final String PUBLIC_FILE = "root-signing-key.pub.pem";

    private final KeyPair keys;
    private final String keyId;

    RootSigningKey(IntegrityProperties properties, @Value("${fundtrail.data-dir:./data}") Path dataDir) {
        if (properties.ephemeralKey()) {
            keys = generate();
        } else {
            Path dir = properties.keyDir() == null || properties.keyDir().isBlank()
                    ? dataDir.resolve("integrity") : Path.of(properties.keyDir());
            keys = loadOrCreate(dir.toAbsolutePath());
        }
        keyId = RootSignature.keyId(keys.getPublic());
    }

    public byte[] sign(String message) {
        return RootSignature.sign(keys.getPrivate(), message);
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public String publicKeyPem() {
        return RootSignature.publicKeyPem(keys.getPublic());
    }

    public String keyId() {
        return keyId;
    }

    private static KeyPair loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile)) {
                KeyFactory factory = KeyFactory.getInstance(RootSignature.ALGORITHM);
                String privatePem = Files.readString(privateFile, StandardCharsets.US_ASCII);
                var privateKey = factory.generatePrivate(
                        new PKCS8EncodedKeySpec(RootSignature.derFromPem(privatePem, "PRIVATE KEY")));
                PublicKey publicKey = RootSignature.publicKeyFromPem(Files.readString(publicFile, StandardCharsets.US_ASCII));
                return new KeyPair(publicKey, privateKey);
            }
            KeyPair created = generate();
            Files.createDirectories(dir);
            Files.writeString(privateFile, RootSignature.pem("PRIVATE KEY", created.getPrivate().getEncoded()),
                    StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(publicFile, RootSignature.publicKeyPem(created.getPublic()), StandardCharsets.US_ASCII);
            log.info("Created the Merkle root signing key in {} (key id {})", dir, RootSignature.keyId(created.getPublic()));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the root signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the root signing key in " + dir, e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(RootSignature.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }
}
