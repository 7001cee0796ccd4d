package org.fundtrail.evidence;

import org.fundtrail.evidence.api.EvidenceContent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A stored file as a download: its own type, its name, never rendered inline (a PDF or image from an uploader must
 * not run in the site's origin), and never kept by shared caches.
 */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    static ResponseEntity<byte[]> of(EvidenceContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.evidence().contentType()))
                .contentLength(content.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.evidence().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + content.evidence().reference().sha256() + "\"")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content.bytes());
    }
}
