-- The exception report's read model (processing group audit-exceptions): what an auditor's independent checks of the
-- public-funds contracts and of donation reversals need. Rebuilt by replay: its @ResetHandler empties every table here.
-- Amounts are fen. Backdated entries are read from the journal (posting); fundraising floors from the fund capability.

-- One signed service contract: its dates and whether (and when) it ended.
CREATE TABLE audit_contract (
    contract_id     VARCHAR(64) PRIMARY KEY,
    programme_id    VARCHAR(64) NOT NULL,
    policy_id       VARCHAR(64) NOT NULL,
    organisation_id VARCHAR(64) NOT NULL,
    community       TEXT        NOT NULL,
    amount          BIGINT      NOT NULL,
    start_date      DATE        NOT NULL,
    end_date        DATE        NOT NULL,
    signed_on       DATE        NOT NULL,
    terminated_on   DATE,
    closed_on       DATE,
    recorded_at     TIMESTAMPTZ NOT NULL
);

-- The budget categories the contract's policy forbade at signing (ContractSigned.forbiddenCategories).
CREATE TABLE audit_contract_forbidden_category (
    contract_id VARCHAR(64)  NOT NULL,
    category    VARCHAR(100) NOT NULL,
    PRIMARY KEY (contract_id, category)
);

-- The tranche plan of ContractSigned: what each tranche waits for.
CREATE TABLE audit_tranche (
    contract_id VARCHAR(64) NOT NULL,
    number      INT         NOT NULL,
    condition   VARCHAR(40) NOT NULL,
    amount      BIGINT      NOT NULL,
    PRIMARY KEY (contract_id, number)
);

-- Every evaluation recorded, passed or failed, in the order it was recorded.
CREATE TABLE audit_milestone (
    event_id         VARCHAR(64) PRIMARY KEY,
    contract_id      VARCHAR(64) NOT NULL,
    milestone        VARCHAR(40) NOT NULL,
    passed           BOOLEAN     NOT NULL,
    report_reference TEXT,
    effective_date   DATE        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_milestone_contract ON audit_milestone (contract_id);

-- Every tranche payment, with what was on record when it was handled (by event order): whether its condition was,
-- and the first evaluation that had failed before it, if any.
CREATE TABLE audit_tranche_payment (
    event_id            VARCHAR(64) PRIMARY KEY,
    contract_id         VARCHAR(64) NOT NULL,
    number              INT         NOT NULL,
    amount              BIGINT      NOT NULL,
    condition           VARCHAR(40),          -- null: the tranche is not in the contract's plan
    condition_on_record BOOLEAN     NOT NULL,
    failed_evaluation   VARCHAR(40),          -- the milestone that had failed before this payment; null if none
    failed_on           DATE,
    proposed_by         VARCHAR(64),
    approved_by         VARCHAR(64),
    effective_date      DATE        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_tranche_payment_contract ON audit_tranche_payment (contract_id);

-- Accepted expenditures with their category.
CREATE TABLE audit_expenditure (
    event_id       VARCHAR(64)  PRIMARY KEY,
    contract_id    VARCHAR(64)  NOT NULL,
    expenditure_id VARCHAR(64)  NOT NULL,
    category       VARCHAR(100) NOT NULL,
    amount         BIGINT       NOT NULL,
    accepted_by    VARCHAR(64),
    effective_date DATE         NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX audit_expenditure_contract ON audit_expenditure (contract_id);

-- Clawbacks demanded, with the overdue flag of the clawback watch (ClawbackOverdue). What is outstanding at a date is
-- summed from audit_contract_movement (account 'clawback-due', this clawback).
CREATE TABLE audit_clawback (
    contract_id         VARCHAR(64) NOT NULL,
    clawback_id         VARCHAR(64) NOT NULL,
    event_id            VARCHAR(64) NOT NULL,
    amount              BIGINT      NOT NULL,
    reason              TEXT,
    fraud               BOOLEAN     NOT NULL,
    due_date            DATE        NOT NULL,
    demanded_on         DATE        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    overdue_flagged_at  TIMESTAMPTZ,
    overdue_outstanding BIGINT,
    PRIMARY KEY (contract_id, clawback_id)
);

-- The money a contract holds, by the same rules as the journal's contract:{id}:committed / :disbursed /
-- :clawback-due accounts: signed amounts, summed as of an effective date.
CREATE TABLE audit_contract_movement (
    event_id       VARCHAR(64) NOT NULL,
    leg            SMALLINT    NOT NULL,
    contract_id    VARCHAR(64) NOT NULL,
    account        VARCHAR(20) NOT NULL CHECK (account IN ('committed', 'disbursed', 'clawback-due')),
    clawback_id    VARCHAR(64),
    amount         BIGINT      NOT NULL,
    effective_date DATE        NOT NULL,
    PRIMARY KEY (event_id, leg)
);
CREATE INDEX audit_contract_movement_contract ON audit_contract_movement (contract_id, effective_date);

-- Every reversed donation, cash or in kind.
CREATE TABLE audit_reversal (
    event_id       VARCHAR(64)  PRIMARY KEY,
    kind           VARCHAR(10)  NOT NULL,     -- CASH or IN_KIND
    donation_id    VARCHAR(64)  NOT NULL,
    fund_id        VARCHAR(64)  NOT NULL,
    receipt_number VARCHAR(100),
    amount         BIGINT       NOT NULL,
    reason         TEXT,
    effective_date DATE         NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
