package org.fundtrail.fund.api;

/**
 * How donated goods were valued, in the order the accounting rules prefer: the amount on the donation document
 * (invoice or agreement), otherwise fair value by market price, otherwise appraisal.
 */
public enum ValuationBasis { INVOICE, AGREEMENT, MARKET_PRICE, APPRAISAL }
