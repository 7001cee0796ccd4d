package org.fundtrail.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code ledger/chart-of-accounts.yaml}: the kinds of account, which must never go negative, and how events post. */
@Component
public class ChartOfAccounts {

    static final String LOCATION = "ledger/chart-of-accounts.yaml";

    private final Definition definition;

    public ChartOfAccounts() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            definition = new ObjectMapper(new YAMLFactory()).readValue(in, Definition.class);
            definition.kinds().forEach(Kind::compile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }

    public Optional<Kind> kindOf(String account) {
        return definition.kinds().stream().filter(kind -> kind.matches(account)).findFirst();
    }

    public List<Kind> kinds() {
        return definition.kinds();
    }

    Map<String, List<Rule>> events() {
        return definition.events();
    }

    record Definition(List<Kind> kinds, Map<String, List<Rule>> events) {
    }

    public static final class Kind {
        @JsonProperty String kind;
        @JsonProperty String pattern;
        @JsonProperty String regex;
        @JsonProperty("non-negative") boolean nonNegative;
        @JsonProperty String description;
        private Pattern compiled;

        void compile() {
            compiled = Pattern.compile(regex);
        }

        boolean matches(String account) {
            return compiled.matcher(account).matches();
        }

        public String kind() {
            return kind;
        }

        public boolean nonNegative() {
            return nonNegative;
        }

        public String pattern() {
            return pattern;
        }

        public String description() {
            return description;
        }
    }

    record Rule(String code, String debit, String credit) {
    }
}
