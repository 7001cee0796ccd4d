package org.fundtrail.infra;

/** Implemented by each capability's error-code enum; the name is the broken rule, the status its HTTP answer. */
public interface RuleCode {

    String name();

    /** 404 when something named does not exist, 409 when it conflicts with what is recorded, otherwise 422. */
    int httpStatus();
}
