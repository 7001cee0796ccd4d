package org.fundtrail.organisation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fundtrail.infra.Ids;

/**
 * A contractor organisation (承接机构): a social-work agency or community social organisation that signs service
 * contracts. {@link #toString()} is the Axon aggregate identifier, prefixed so it never shares a stream with another kind.
 */
public record OrganisationId(@JsonValue String value) {

    public OrganisationId {
        Ids.require(value, "organisation id");
    }

    @JsonCreator
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return "organisation:" + value;
    }
}
