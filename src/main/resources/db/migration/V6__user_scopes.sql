-- Finance officers and approvers act for one bureau (a holder of the channel); contractors for one organisation.
ALTER TABLE app_user ADD COLUMN bureau VARCHAR(64);
ALTER TABLE app_user ADD COLUMN organisation_id VARCHAR(64);
ALTER TABLE app_user ADD CONSTRAINT officer_has_bureau CHECK (role NOT IN ('FINANCE_OFFICER', 'APPROVER') OR bureau IS NOT NULL);
ALTER TABLE app_user ADD CONSTRAINT contractor_has_organisation CHECK (role <> 'CONTRACTOR' OR organisation_id IS NOT NULL);
