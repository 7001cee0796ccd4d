package org.fundtrail.journal;

import java.time.LocalDate;
import java.util.List;

/** The postings one event makes, on its effective (business) date. */
record JournalEntry(LocalDate effectiveDate, List<Posting> postings) {

    static final JournalEntry NONE = new JournalEntry(null, List.of());
}
