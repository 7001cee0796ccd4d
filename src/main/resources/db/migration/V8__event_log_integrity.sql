-- The event log is append-only, and provably so (docs/integrity.md).
--
-- 1. Triggers refuse UPDATE, DELETE and TRUNCATE of events, seals and published roots for every role, the owner and
--    superusers included. Privileges alone would not do: the embedded database and many deployments connect as the
--    tables' owner, who may do anything the privileges allow. A superuser can still switch the triggers off
--    (ALTER TABLE ... DISABLE TRIGGER, or session_replication_role = replica): that is what the hash chain is for.
-- 2. event_seal: one row per global index, written after the fact by EventSealer in global-index order, so that event
--    inserts never queue behind a lock. content_hash = SHA-256(canonical encoding of the row),
--    chain_hash = SHA-256(previous chain_hash || content_hash). Indexes that Axon's sequence skipped (a rolled-back
--    transaction) are recorded as gaps, so an event that later appears there is caught.
-- 3. merkle_root: RFC 6962 Merkle tree heads over the sealed events' content hashes, signed with Ed25519.
--    snapshotevententry is left alone: Axon replaces snapshots, and they are derived from events anyway.

CREATE TABLE event_seal (
    global_index     BIGINT      NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255),           -- null for a gap
    leaf_index       BIGINT UNIQUE,          -- position in the Merkle tree; null for a gap
    content_hash     BYTEA,                  -- null for a gap
    chain_hash       BYTEA       NOT NULL,   -- a gap carries the previous chain hash over unchanged
    gap              BOOLEAN     NOT NULL DEFAULT FALSE,
    sealed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (gap = (event_identifier IS NULL)),
    CHECK (gap = (content_hash IS NULL)),
    CHECK (gap = (leaf_index IS NULL))
);
CREATE UNIQUE INDEX event_seal_event_identifier ON event_seal (event_identifier);

CREATE TABLE merkle_root (
    tree_size    BIGINT      NOT NULL PRIMARY KEY,
    root         BYTEA       NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    signature    BYTEA       NOT NULL,       -- Ed25519 over the message in docs/integrity.md
    key_id       VARCHAR(64) NOT NULL        -- hex SHA-256 of the signing public key (X.509 DER)
);

CREATE FUNCTION refuse_history_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% on % refused: the event log is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Corrections are new events; see docs/integrity.md.';
END;
$$;

CREATE TRIGGER event_log_is_append_only
    BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER event_log_is_never_truncated
    BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

CREATE TRIGGER event_seal_is_append_only
    BEFORE UPDATE OR DELETE ON event_seal
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER event_seal_is_never_truncated
    BEFORE TRUNCATE ON event_seal
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

CREATE TRIGGER merkle_root_is_append_only
    BEFORE UPDATE OR DELETE ON merkle_root
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER merkle_root_is_never_truncated
    BEFORE TRUNCATE ON merkle_root
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
