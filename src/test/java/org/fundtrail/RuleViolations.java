package org.fundtrail;

import org.fundtrail.infra.RuleCode;
import org.fundtrail.infra.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Objects;

/** The matcher every aggregate test uses for a refusal: exactly this rule, blaming exactly this request field. */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<Throwable> violates(RuleCode code, String field) {
        return new TypeSafeDiagnosingMatcher<>(Throwable.class) {
            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                if (!(actual instanceof RuleViolation violation)) {
                    mismatch.appendText("was ").appendValue(actual);
                    return false;
                }
                mismatch.appendText("was RuleViolation ").appendText(violation.code().name())
                        .appendText(" on field ").appendValue(violation.field())
                        .appendText(": ").appendText(String.valueOf(violation.getMessage()));
                return violation.code() == code && Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolation ").appendText(code.name()).appendText(" on field ").appendValue(field);
            }
        };
    }
}
