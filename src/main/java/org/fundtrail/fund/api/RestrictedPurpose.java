package org.fundtrail.fund.api;

/** A purpose donors may restrict their gift to, with the name people read (e.g. {@code elderly}, "助老"). */
public record RestrictedPurpose(PurposeCode code, String name) {
}
