-- Funds designated as demonstration points of a programme policy with fundraising floors (read model).
CREATE TABLE fund_demonstration_point (
    fund_id       VARCHAR(64) NOT NULL,
    policy_id     VARCHAR(64) NOT NULL,
    rank          INT         NOT NULL,
    designated_on DATE        NOT NULL,
    PRIMARY KEY (fund_id, policy_id)
);
