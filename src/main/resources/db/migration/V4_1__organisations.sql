-- Contractor organisations (承接机构). Command-side: written in the same transaction as the events they follow
-- (processing group organisation-command-model), read by aggregates and by the organisation API.

CREATE TABLE organisation_directory (
    organisation_id VARCHAR(64) PRIMARY KEY,
    name            TEXT        NOT NULL,
    credit_code     CHAR(18)    NOT NULL UNIQUE,
    rating          TEXT,                       -- the rating with the latest effective date, e.g. 5A
    rated_on        DATE,
    debarred_until  DATE                        -- barred from new contracts before this day; only ever moves later
);

-- Every debarment as recorded, for the API; debarred_until is the end in force after it (never earlier than before).
CREATE TABLE organisation_debarment (
    id              BIGSERIAL   PRIMARY KEY,
    organisation_id VARCHAR(64) NOT NULL REFERENCES organisation_directory (organisation_id),
    effective_date  DATE        NOT NULL,
    debarred_until  DATE        NOT NULL,
    reason          TEXT        NOT NULL,
    reference       TEXT
);
CREATE INDEX organisation_debarment_organisation ON organisation_debarment (organisation_id, effective_date);
