package org.fundtrail.evidence;

import org.fundtrail.evidence.api.EvidenceReference;
import org.fundtrail.evidence.api.EvidenceStore;
import org.fundtrail.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Evidence downloads from the workspace (signed in with the form), checked exactly as over the API. */
@PageController
class EvidencePages {

    private final EvidenceStore store;

    EvidencePages(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping("/app/evidence/{sha256}")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        return EvidenceDownload.of(store.open(EvidenceReference.parse(sha256)));
    }
}
