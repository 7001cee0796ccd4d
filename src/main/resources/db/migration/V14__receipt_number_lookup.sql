-- Receipts are looked up by number (the auditor's trail explorer, a donor checking a donation on the public site):
-- without an index every lookup would read the whole table, and a public page must not be able to make that happen.
CREATE INDEX donation_view_receipt_number ON donation_view (receipt_number);
