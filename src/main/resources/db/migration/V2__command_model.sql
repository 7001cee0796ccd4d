-- Command-side tables: written in the same transaction as the events they follow, read by aggregates.

CREATE TABLE charity_directory (
    charity_id  VARCHAR(64)  PRIMARY KEY,
    name        TEXT         NOT NULL,
    credit_code CHAR(18)     NOT NULL UNIQUE
);

CREATE TABLE fund_directory (
    fund_id    VARCHAR(64) PRIMARY KEY,
    charity_id VARCHAR(64) NOT NULL REFERENCES charity_directory (charity_id),
    opened_on  DATE        NOT NULL
);

CREATE TABLE fund_directory_purpose (
    fund_id VARCHAR(64) NOT NULL REFERENCES fund_directory (fund_id),
    purpose VARCHAR(40) NOT NULL,
    PRIMARY KEY (fund_id, purpose)
);

-- Append-only: a pool's balance is the sum of its movements, so inflows never contend for a row.
CREATE TABLE fund_pool_movement (
    id      BIGSERIAL   PRIMARY KEY,
    fund_id VARCHAR(64) NOT NULL,
    pool    VARCHAR(60) NOT NULL,
    amount  BIGINT      NOT NULL
);
CREATE INDEX fund_pool_movement_pool ON fund_pool_movement (fund_id, pool) INCLUDE (amount);

CREATE TABLE receipt_counter (
    charity_id  VARCHAR(64) NOT NULL,
    year        INT         NOT NULL,
    last_number BIGINT      NOT NULL,
    PRIMARY KEY (charity_id, year)
);

-- Personal data lives here, not in events, so that it can be erased (个人信息保护法 Art. 47) and the ledger stays whole.
CREATE TABLE donor (
    donor_id   VARCHAR(64) PRIMARY KEY,
    kind       VARCHAR(20) NOT NULL,
    name       TEXT,
    contact    TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at  TIMESTAMPTZ
);

-- A write's client-supplied id, the fingerprint of its request and the answer given, so a retry gets the same answer.
CREATE TABLE idempotent_request (
    request_key  VARCHAR(200) PRIMARY KEY,
    fingerprint  CHAR(64)     NOT NULL,
    status       INT          NOT NULL,
    response     TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    charity_id    VARCHAR(64),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT charity_staff_has_charity CHECK (role <> 'CHARITY_STAFF' OR charity_id IS NOT NULL)
);
