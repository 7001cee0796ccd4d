package org.fundtrail.evidence.api;

import org.springframework.web.multipart.MultipartFile;

/**
 * Stores evidence files by content hash and hands them back to those who may see the records they support. Call
 * {@link #store} inside the same write (IdempotentWrites) as the command that cites the file, so that a refused
 * command leaves no file behind.
 */
public interface EvidenceStore {

    /**
     * Checks that the signed-in user may write records of the scope, that the file is a PDF, JPEG or PNG (by its
     * content, not its name) and within the size limit, then stores it (once per content).
     *
     * @throws org.fundtrail.infra.RuleViolation with field {@code file} and an {@link EvidenceErrorCode} when refused
     */
    StoredEvidence store(EvidenceScope scope, MultipartFile file);

    /**
     * The file, if the signed-in user may read a record of a scope it was uploaded for.
     *
     * @throws org.fundtrail.infra.ProblemHandler.NotFound when no such file is stored
     * @throws org.springframework.security.access.AccessDeniedException when the user may read none of its scopes
     */
    EvidenceContent open(EvidenceReference reference);
}
