-- The contract read model (processor contract-read-model): what the contract pages and GET /api/contracts show.
-- Copied from contract events and rebuilt by replay; nothing here decides anything. Amounts are fen.

CREATE TABLE contract_view (
    contract_id     VARCHAR(64) PRIMARY KEY,
    programme_id    VARCHAR(64) NOT NULL,
    policy_id       VARCHAR(100) NOT NULL,
    funding_holder  VARCHAR(100) NOT NULL,
    organisation_id VARCHAR(64) NOT NULL,
    community       TEXT        NOT NULL,
    county          TEXT        NOT NULL,
    year            INT         NOT NULL,
    amount          BIGINT      NOT NULL,
    rating          VARCHAR(20),
    start_date      DATE        NOT NULL,
    end_date        DATE        NOT NULL,
    signed_on       DATE        NOT NULL,
    status          VARCHAR(12) NOT NULL DEFAULT 'SIGNED',   -- SIGNED, TERMINATED or CLOSED
    ended_on        DATE,
    end_reason      TEXT,
    fraud_finding   TEXT,
    paid            BIGINT      NOT NULL DEFAULT 0,          -- tranches paid to the contractor
    accepted        BIGINT      NOT NULL DEFAULT 0,          -- expenditure accepted as properly spent
    demanded        BIGINT      NOT NULL DEFAULT 0,          -- clawbacks demanded
    repaid          BIGINT      NOT NULL DEFAULT 0,          -- clawbacks repaid
    returned        BIGINT      NOT NULL DEFAULT 0,          -- surplus returned
    released        BIGINT      NOT NULL DEFAULT 0           -- earmark never paid, released on termination or closing
);
CREATE INDEX contract_view_organisation ON contract_view (organisation_id);
CREATE INDEX contract_view_holder ON contract_view (funding_holder);

CREATE TABLE contract_budget_line_view (
    contract_id VARCHAR(64) NOT NULL,
    line        INT         NOT NULL,
    category    TEXT        NOT NULL,
    amount      BIGINT      NOT NULL,
    PRIMARY KEY (contract_id, category)
);

CREATE TABLE contract_tranche_view (
    contract_id      VARCHAR(64) NOT NULL,
    number           INT         NOT NULL,
    percent          INT         NOT NULL,
    amount           BIGINT      NOT NULL,
    condition        VARCHAR(40) NOT NULL,
    planned_date     DATE        NOT NULL,
    status           VARCHAR(10) NOT NULL DEFAULT 'PLANNED', -- PLANNED, DUE, PROPOSED, PAID or REJECTED
    proposed_by      VARCHAR(100),
    proposed_on      DATE,
    approved_by      VARCHAR(100),
    paid_on          DATE,
    rejected_by      VARCHAR(100),
    rejection_reason TEXT,
    PRIMARY KEY (contract_id, number)
);
CREATE INDEX contract_tranche_view_proposed ON contract_tranche_view (status) WHERE status = 'PROPOSED';

CREATE TABLE contract_expenditure_view (
    contract_id        VARCHAR(64)  NOT NULL,
    expenditure_id     VARCHAR(64)  NOT NULL,
    category           TEXT         NOT NULL,
    amount             BIGINT       NOT NULL,
    description        TEXT         NOT NULL,
    evidence_reference TEXT         NOT NULL,
    effective_date     DATE         NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    status             VARCHAR(10)  NOT NULL DEFAULT 'REPORTED', -- REPORTED, ACCEPTED or REJECTED
    reviewed_by        VARCHAR(100),
    reviewed_on        DATE,
    rejection_reason   TEXT,
    PRIMARY KEY (contract_id, expenditure_id)
);

CREATE TABLE contract_clawback_view (
    contract_id VARCHAR(64) NOT NULL,
    clawback_id VARCHAR(64) NOT NULL,
    amount      BIGINT      NOT NULL,
    reason      TEXT        NOT NULL,
    fraud       BOOLEAN     NOT NULL,
    demanded_on DATE        NOT NULL,
    due_date    DATE        NOT NULL,
    repaid      BIGINT      NOT NULL DEFAULT 0,
    outstanding BIGINT      NOT NULL,
    last_repaid_on DATE,
    overdue     BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (contract_id, clawback_id)
);

-- evaluations and returns have no id of their own: the event's place in the contract's stream names them
CREATE TABLE contract_milestone_view (
    contract_id      VARCHAR(64) NOT NULL,
    sequence         BIGINT      NOT NULL,
    milestone        VARCHAR(40) NOT NULL,
    passed           BOOLEAN     NOT NULL,
    report_reference TEXT        NOT NULL,
    effective_date   DATE        NOT NULL,
    PRIMARY KEY (contract_id, sequence)
);

CREATE TABLE contract_return_view (
    contract_id    VARCHAR(64) NOT NULL,
    sequence       BIGINT      NOT NULL,
    amount         BIGINT      NOT NULL,
    effective_date DATE        NOT NULL,
    PRIMARY KEY (contract_id, sequence)
);
