package org.fundtrail.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, recognised by their first bytes: a name or a declared type is only what
 * the uploader's computer claims, and a renamed text file must not pass as an invoice.
 */
enum EvidenceType {
    PDF("application/pdf", ".pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", ".jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    EvidenceType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<EvidenceType> recognise(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
