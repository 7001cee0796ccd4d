-- The public read model: what the transparency pages and open data show, and nothing else. Built from events only by
-- the 'public-read-model' processor and rebuilt by replay (its @ResetHandler empties every table here). No personal
-- data: no free text from events (reasons, descriptions, findings, recipients), no user ids, and donors only by the
-- display form of their name (masked unless they consented, never for anonymous donors).

CREATE TABLE public_programme (
    programme_id  VARCHAR(64) PRIMARY KEY,
    name          TEXT        NOT NULL,
    fiscal_year   INT         NOT NULL,
    root_holder   VARCHAR(64) NOT NULL,
    created_on    DATE        NOT NULL,
    appropriated  BIGINT      NOT NULL DEFAULT 0,
    allocated     BIGINT      NOT NULL DEFAULT 0,   -- approved allocations out of the root holder
    paid          BIGINT      NOT NULL DEFAULT 0,   -- tranches paid to contractors
    spent         BIGINT      NOT NULL DEFAULT 0,   -- accepted expenditure
    clawed_back   BIGINT      NOT NULL DEFAULT 0,   -- clawbacks repaid
    returned      BIGINT      NOT NULL DEFAULT 0    -- returned to the treasury (last hop of a return)
);

-- A holder of programme money along the channel: the root bureau, districts/counties, streets.
CREATE TABLE public_holder (
    programme_id VARCHAR(64) NOT NULL,
    holder       VARCHAR(64) NOT NULL,
    name         TEXT        NOT NULL,
    parent       VARCHAR(64),
    depth        INT         NOT NULL,
    PRIMARY KEY (programme_id, holder)
);

CREATE TABLE public_allocation (
    programme_id  VARCHAR(64) NOT NULL,
    allocation_id VARCHAR(64) NOT NULL,
    from_holder   VARCHAR(64) NOT NULL,
    to_holder     VARCHAR(64) NOT NULL,
    to_name       TEXT        NOT NULL,
    amount        BIGINT      NOT NULL,
    status        VARCHAR(10) NOT NULL,              -- PROPOSED, APPROVED, REJECTED; only APPROVED is shown
    approved_on   DATE,
    PRIMARY KEY (programme_id, allocation_id)
);

CREATE TABLE public_treasury_return (
    event_id         VARCHAR(64) PRIMARY KEY,
    programme_id     VARCHAR(64) NOT NULL,
    amount           BIGINT      NOT NULL,
    budget_year      INT         NOT NULL,
    same_budget_year BOOLEAN     NOT NULL,
    returned_on      DATE        NOT NULL
);
CREATE INDEX public_treasury_return_programme ON public_treasury_return (programme_id);

-- Organisations and charities are legal entities: their names and credit codes are public.
CREATE TABLE public_organisation (
    organisation_id VARCHAR(64) PRIMARY KEY,
    name            TEXT        NOT NULL,
    credit_code     VARCHAR(18) NOT NULL
);

CREATE TABLE public_charity (
    charity_id  VARCHAR(64) PRIMARY KEY,
    name        TEXT        NOT NULL,
    credit_code VARCHAR(18) NOT NULL
);

CREATE TABLE public_contract (
    contract_id       VARCHAR(64) PRIMARY KEY,
    programme_id      VARCHAR(64) NOT NULL,
    organisation_id   VARCHAR(64) NOT NULL,
    funding_holder    VARCHAR(64) NOT NULL,
    community         TEXT        NOT NULL,
    county            TEXT,
    year              INT         NOT NULL,
    amount            BIGINT      NOT NULL,
    start_date        DATE,
    end_date          DATE,
    signed_on         DATE        NOT NULL,
    status            VARCHAR(12) NOT NULL,         -- SIGNED, TERMINATED, CLOSED
    ended_on          DATE,
    paid              BIGINT      NOT NULL DEFAULT 0,
    spent             BIGINT      NOT NULL DEFAULT 0,
    clawback_demanded BIGINT      NOT NULL DEFAULT 0,
    clawback_repaid   BIGINT      NOT NULL DEFAULT 0,
    returned          BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX public_contract_programme ON public_contract (programme_id);

CREATE TABLE public_tranche (
    contract_id VARCHAR(64) NOT NULL,
    number      INT         NOT NULL,
    percent     INT         NOT NULL,
    amount      BIGINT      NOT NULL,
    condition   VARCHAR(40) NOT NULL,
    planned_on  DATE,
    status      VARCHAR(10) NOT NULL,               -- WAITING, DUE, PAID, BLOCKED, CANCELLED
    paid_on     DATE,
    PRIMARY KEY (contract_id, number)
);

CREATE TABLE public_budget_category (
    contract_id VARCHAR(64) NOT NULL,
    category    VARCHAR(80) NOT NULL,
    budget      BIGINT      NOT NULL DEFAULT 0,
    spent       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (contract_id, category)
);

CREATE TABLE public_clawback (
    contract_id VARCHAR(64) NOT NULL,
    clawback_id VARCHAR(64) NOT NULL,
    amount      BIGINT      NOT NULL,
    repaid      BIGINT      NOT NULL DEFAULT 0,
    due_on      DATE,
    demanded_on DATE        NOT NULL,
    fraud       BOOLEAN     NOT NULL,
    PRIMARY KEY (contract_id, clawback_id)
);

CREATE TABLE public_surplus_return (
    event_id    VARCHAR(64) PRIMARY KEY,
    contract_id VARCHAR(64) NOT NULL,
    amount      BIGINT      NOT NULL,
    returned_on DATE        NOT NULL
);
CREATE INDEX public_surplus_return_contract ON public_surplus_return (contract_id);

CREATE TABLE public_evaluation (
    event_id    VARCHAR(64) PRIMARY KEY,
    contract_id VARCHAR(64) NOT NULL,
    milestone   VARCHAR(30) NOT NULL,
    passed      BOOLEAN     NOT NULL,
    recorded_on DATE        NOT NULL
);
CREATE INDEX public_evaluation_contract ON public_evaluation (contract_id);

-- A published fraud finding: the fact, its date, the debarment and the money demanded back (never the finding's text).
CREATE TABLE public_fraud_finding (
    event_id       VARCHAR(64) PRIMARY KEY,
    contract_id    VARCHAR(64) NOT NULL,
    found_on       DATE        NOT NULL,
    debarred_until DATE,
    amount         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX public_fraud_finding_contract ON public_fraud_finding (contract_id);

CREATE TABLE public_fund (
    fund_id        VARCHAR(64) PRIMARY KEY,
    charity_id     VARCHAR(64) NOT NULL,
    name           TEXT        NOT NULL,
    community      TEXT        NOT NULL,
    target         BIGINT      NOT NULL,
    opened_on      DATE        NOT NULL,
    raised_cash    BIGINT      NOT NULL DEFAULT 0,
    raised_in_kind BIGINT      NOT NULL DEFAULT 0,
    granted        BIGINT      NOT NULL DEFAULT 0,
    grants_paid    BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE public_fund_purpose (
    fund_id VARCHAR(64) NOT NULL,
    purpose VARCHAR(40) NOT NULL,
    name    TEXT        NOT NULL,
    PRIMARY KEY (fund_id, purpose)
);

-- donor_display: the full name (consented), the masked name ('张*'), or NULL (anonymous, or no name on record).
CREATE TABLE public_donation (
    donation_id     VARCHAR(64) PRIMARY KEY,
    fund_id         VARCHAR(64) NOT NULL,
    kind            VARCHAR(10) NOT NULL,           -- CASH or IN_KIND
    donor_kind      VARCHAR(20) NOT NULL,
    anonymous       BOOLEAN     NOT NULL,
    donor_display   TEXT,
    amount          BIGINT      NOT NULL,
    purpose         VARCHAR(40),
    valuation_basis VARCHAR(20),
    donated_on      DATE        NOT NULL,
    reversed        BOOLEAN     NOT NULL DEFAULT FALSE,
    reversed_on     DATE
);
CREATE INDEX public_donation_fund ON public_donation (fund_id, donated_on);

CREATE TABLE public_in_kind_item (
    donation_id VARCHAR(64) NOT NULL,
    line        INT         NOT NULL,
    value       BIGINT      NOT NULL,
    PRIMARY KEY (donation_id, line)
);

CREATE TABLE public_grant (
    grant_id   VARCHAR(64) PRIMARY KEY,
    fund_id    VARCHAR(64) NOT NULL,
    purpose    VARCHAR(40),                         -- NULL: from the unrestricted pool
    amount     BIGINT      NOT NULL,
    paid       BIGINT      NOT NULL DEFAULT 0,
    awarded_on DATE        NOT NULL
);
CREATE INDEX public_grant_fund ON public_grant (fund_id);
