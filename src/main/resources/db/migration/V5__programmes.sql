-- Command-side tables of public-fund programmes (written in the command's transaction; never reset).

CREATE TABLE programme_directory (
    programme_id VARCHAR(64) PRIMARY KEY,
    policy_id    VARCHAR(64) NOT NULL,
    treasury_id  VARCHAR(64) NOT NULL,
    root_holder  VARCHAR(64) NOT NULL,
    fiscal_year  INT         NOT NULL
);

-- Append-only, like fund_pool_movement: a holder's pool balance is the sum of its movements.
CREATE TABLE channel_movement (
    id           BIGSERIAL   PRIMARY KEY,
    programme_id VARCHAR(64) NOT NULL,
    holder       VARCHAR(64) NOT NULL,
    pool         VARCHAR(20) NOT NULL CHECK (pool IN ('available', 'return-due')),
    amount       BIGINT      NOT NULL
);
CREATE INDEX channel_movement_holder ON channel_movement (programme_id, holder, pool) INCLUDE (amount);

CREATE TABLE contract_directory (
    contract_id     VARCHAR(64) PRIMARY KEY,
    programme_id    VARCHAR(64) NOT NULL,
    funding_holder  VARCHAR(64) NOT NULL,
    organisation_id VARCHAR(64) NOT NULL
);

-- Who proposed what and where a return is: for routing a request to the officers who may act on it.
CREATE TABLE programme_holder (
    programme_id VARCHAR(64) NOT NULL,
    holder       VARCHAR(64) NOT NULL,
    name         TEXT        NOT NULL,
    parent       VARCHAR(64),
    PRIMARY KEY (programme_id, holder)
);

CREATE TABLE allocation_directory (
    programme_id  VARCHAR(64) NOT NULL,
    allocation_id VARCHAR(64) NOT NULL,
    from_holder   VARCHAR(64) NOT NULL,
    to_holder     VARCHAR(64) NOT NULL,
    to_name       TEXT        NOT NULL,
    amount        BIGINT      NOT NULL,
    proposed_by   VARCHAR(64) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    PRIMARY KEY (programme_id, allocation_id)
);

CREATE TABLE return_directory (
    programme_id VARCHAR(64) NOT NULL,
    return_id    VARCHAR(64) NOT NULL,
    at_holder    VARCHAR(64),
    amount       BIGINT      NOT NULL,
    hops         INT         NOT NULL,
    contract_id  VARCHAR(64),
    reason       TEXT        NOT NULL,
    PRIMARY KEY (programme_id, return_id)
);

CREATE TABLE programme_name (
    programme_id VARCHAR(64) PRIMARY KEY,
    name         TEXT        NOT NULL
);
