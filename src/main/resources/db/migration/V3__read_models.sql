-- Read models: rebuilt from the event store by resetting their processor; nothing here decides anything.

CREATE TABLE fund_view (
    fund_id       VARCHAR(64) PRIMARY KEY,
    charity_id    VARCHAR(64) NOT NULL,
    name          TEXT        NOT NULL,
    community     TEXT        NOT NULL,
    yearly_target BIGINT      NOT NULL,
    opened_on     DATE        NOT NULL
);

CREATE TABLE fund_view_purpose (
    fund_id VARCHAR(64) NOT NULL,
    purpose VARCHAR(40) NOT NULL,
    name    TEXT        NOT NULL,
    PRIMARY KEY (fund_id, purpose)
);

CREATE TABLE donation_view (
    donation_id     VARCHAR(64) PRIMARY KEY,
    fund_id         VARCHAR(64) NOT NULL,
    kind            VARCHAR(10) NOT NULL,          -- CASH or IN_KIND
    receipt_number  VARCHAR(100) NOT NULL,
    donor_id        VARCHAR(64) NOT NULL,
    donor_kind      VARCHAR(20) NOT NULL,
    anonymous       BOOLEAN     NOT NULL,
    name_publishable BOOLEAN    NOT NULL,
    channel         VARCHAR(20),
    amount          BIGINT      NOT NULL,
    purpose         VARCHAR(40),
    valuation_basis VARCHAR(20),
    evidence        TEXT,
    effective_date  DATE        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    reversed        BOOLEAN     NOT NULL DEFAULT FALSE,
    reversal_reason TEXT,
    reversed_on     DATE
);
CREATE INDEX donation_view_fund ON donation_view (fund_id, effective_date);

CREATE TABLE in_kind_item_view (
    donation_id        VARCHAR(64) NOT NULL,
    line               INT         NOT NULL,
    description        TEXT        NOT NULL,
    quantity           NUMERIC     NOT NULL,
    unit               TEXT        NOT NULL,
    unit_value         BIGINT      NOT NULL,
    value              BIGINT      NOT NULL,
    disposed_quantity  NUMERIC     NOT NULL DEFAULT 0,
    disposed_value     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (donation_id, line)
);

CREATE TABLE grant_view (
    grant_id            VARCHAR(64) PRIMARY KEY,
    fund_id             VARCHAR(64) NOT NULL,
    grantee_credit_code CHAR(18)    NOT NULL,
    grantee_name        TEXT        NOT NULL,
    project             TEXT        NOT NULL,
    pool                VARCHAR(60) NOT NULL,
    awarded             BIGINT      NOT NULL,
    paid                BIGINT      NOT NULL DEFAULT 0,
    awarded_on          DATE        NOT NULL
);
CREATE INDEX grant_view_fund ON grant_view (fund_id);

-- The double-entry journal: each event becomes one or more postings, debit and credit of the same amount.
CREATE TABLE posting (
    event_id        VARCHAR(64)  NOT NULL,
    leg             SMALLINT     NOT NULL,
    global_index    BIGINT       NOT NULL,
    event_type      VARCHAR(80)  NOT NULL,
    debit_account   VARCHAR(200) NOT NULL,
    credit_account  VARCHAR(200) NOT NULL,
    amount          BIGINT       NOT NULL CHECK (amount > 0),
    code            VARCHAR(40)  NOT NULL,
    effective_date  DATE         NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(64),
    request_id      VARCHAR(64),
    PRIMARY KEY (event_id, leg)
);
CREATE INDEX posting_debit ON posting (debit_account, effective_date) INCLUDE (amount);
CREATE INDEX posting_credit ON posting (credit_account, effective_date) INCLUDE (amount);
CREATE INDEX posting_global_index ON posting (global_index);

CREATE TABLE fund_pool_view (
    fund_id VARCHAR(64) NOT NULL,
    pool    VARCHAR(60) NOT NULL,
    balance BIGINT      NOT NULL,
    PRIMARY KEY (fund_id, pool)
);
