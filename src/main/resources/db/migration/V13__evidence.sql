-- Evidence files (invoices, photos, contracts, evaluation reports), stored once by their SHA-256, which is what
-- events cite ("sha256:<hex>"). Like the events, a stored file is never changed or removed: the hash in an event
-- must keep pointing at the bytes it was recorded with.
CREATE TABLE evidence_file (
    sha256       CHAR(64)     NOT NULL PRIMARY KEY,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    content      BYTEA        NOT NULL,
    filename     VARCHAR(255) NOT NULL,   -- as first uploaded; only a hint for the download's name
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (sha256 ~ '^[0-9a-f]{64}$')
);

-- Which records' owners the file was uploaded for: a charity, or a contract. Whoever may read one of them may
-- download the file. The same file uploaded for two records has two rows here and one above.
CREATE TABLE evidence_scope (
    sha256     CHAR(64)    NOT NULL REFERENCES evidence_file (sha256),
    scope_kind VARCHAR(20) NOT NULL,
    scope_id   VARCHAR(100) NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, scope_kind, scope_id)
);

CREATE TRIGGER evidence_file_is_append_only
    BEFORE UPDATE OR DELETE ON evidence_file
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER evidence_file_is_never_truncated
    BEFORE TRUNCATE ON evidence_file
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
