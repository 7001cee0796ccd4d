-- What within its stream a posting is about, where the account names do not say it: the tranche number, the
-- expenditure, clawback, allocation, appropriation or return id. Null for postings whose accounts say it all (and for
-- every posting made before this column existed: a journal rebuild fills it in).
ALTER TABLE posting ADD COLUMN reference VARCHAR(64);

-- A programme's statement finds its channel accounts (channel:{programme}:{holder}) by prefix. These partial indexes
-- hold only public-stream channel postings, so the charity stream's donations pay nothing for them, and
-- text_pattern_ops serves a LIKE prefix whatever the database's collation.
CREATE INDEX posting_channel_debit ON posting (debit_account text_pattern_ops) WHERE debit_account LIKE 'channel:%';
CREATE INDEX posting_channel_credit ON posting (credit_account text_pattern_ops) WHERE credit_account LIKE 'channel:%';
