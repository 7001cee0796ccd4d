package org.fundtrail.evidence.api;

/**
 * Who may attach files to, and see the files of, the records of one kind of scope. The capability that owns those
 * records implements it (it knows who may read a contract, say), so the evidence store needs no knowledge of them.
 */
public interface EvidenceAccessPolicy {

    EvidenceScope.Kind kind();

    /** @throws org.springframework.security.access.AccessDeniedException unless the signed-in user may write there */
    void requireWrite(String scopeId);

    /** Whether the signed-in user may read the records of this scope. */
    boolean mayRead(String scopeId);
}
