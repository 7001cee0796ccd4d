package org.fundtrail.evidence.api;

import org.fundtrail.infra.RuleCode;

/** Why an upload was refused. */
public enum EvidenceErrorCode implements RuleCode {
    EVIDENCE_FILE_REQUIRED(422),
    EVIDENCE_TYPE_NOT_ALLOWED(422),
    EVIDENCE_TOO_LARGE(422);

    private final int httpStatus;

    EvidenceErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
