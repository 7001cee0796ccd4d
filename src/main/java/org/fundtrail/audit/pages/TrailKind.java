package org.fundtrail.audit.pages;

import java.util.Locale;
import java.util.Optional;

/** What an auditor can start a trail from. */
public enum TrailKind {
    DONATION, RECEIPT, CONTRACT, APPROPRIATION, EVENT;

    /** As in the page's address: {@code ?kind=donation}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TrailKind> of(String param) {
        for (TrailKind kind : values()) {
            if (kind.param().equalsIgnoreCase(param == null ? "" : param.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
