package org.fundtrail.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fundtrail.evidence.api.EvidenceReference;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.evidence.api.EvidenceStore;
import org.fundtrail.evidence.api.StoredEvidence;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence over the API: upload a file for a charity's or a contract's records and cite the answer's
 * {@code reference} in the command it supports; download it again by its hash.
 */
@RestController
@Tag(name = "Evidence", description = "Invoices, photos, contracts and reports, stored by SHA-256")
class EvidenceController {

    private final EvidenceStore store;

    EvidenceController(EvidenceStore store) {
        this.store = store;
    }

    record Uploaded(String reference, String sha256, String contentType, long size, String filename) {
        static Uploaded of(StoredEvidence stored) {
            return new Uploaded(stored.reference().toString(), stored.reference().sha256(), stored.contentType(),
                    stored.size(), stored.filename());
        }
    }

    @PostMapping(value = "/api/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store a PDF, JPEG or PNG for a charity's (scopeKind=CHARITY) or a contract's (CONTRACT) records")
    ResponseEntity<Uploaded> upload(@RequestParam EvidenceScope.Kind scopeKind, @RequestParam String scopeId,
                                    @RequestPart("file") MultipartFile file) {
        StoredEvidence stored = store.store(new EvidenceScope(scopeKind, scopeId), file);
        return ResponseEntity.status(HttpStatus.CREATED).body(Uploaded.of(stored));
    }

    @GetMapping("/api/evidence/{sha256}")
    @Operation(summary = "Download a stored file, if you may read a record it was uploaded for")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        return EvidenceDownload.of(store.open(EvidenceReference.parse(sha256)));
    }
}
