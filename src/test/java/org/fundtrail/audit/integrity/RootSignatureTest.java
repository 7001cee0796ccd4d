package org.fundtrail.audit.integrity;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RootSignatureTest {

    private static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void theSignedMessageIsOneAsciiLine() {
        byte[] root = Hashes.sha256(new byte[]{1});
        assertThat(RootSignature.message(5, root, Instant.parse("2026-03-01T08:00:00.120Z")))
                .isEqualTo("fundtrail-merkle-root-v1 5 " + Hashes.hex(root) + " 2026-03-01T08:00:00.120Z");
    }

    @Test
    void aRootVerifiesWithItsPublicKeyAndNotWithAnother() throws Exception {
        KeyPair signer = keys();
        String message = RootSignature.message(3, Hashes.sha256(new byte[]{7}), Instant.parse("2026-03-01T08:00:00Z"));
        byte[] signature = RootSignature.sign(signer.getPrivate(), message);

        var published = RootSignature.publicKeyFromPem(RootSignature.publicKeyPem(signer.getPublic()));
        assertThat(RootSignature.verify(published, message, signature)).isTrue();
        assertThat(RootSignature.verify(keys().getPublic(), message, signature)).isFalse();
        assertThat(RootSignature.verify(published, message.replace(" 3 ", " 4 "), signature)).isFalse();
        assertThat(RootSignature.keyId(published)).isEqualTo(RootSignature.keyId(signer.getPublic())).hasSize(64);
    }
}
