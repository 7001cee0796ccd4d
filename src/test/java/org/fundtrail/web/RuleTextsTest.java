package org.fundtrail.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.fundtrail.infra.RuleCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule a command can break has a text in both languages ({@code rule.<CODE>} in {@code i18n/rules}), which
 * {@link FormErrors} puts next to the field; and no text is left over from a code that no longer exists.
 */
class RuleTextsTest {

    private static Set<String> codes;

    @BeforeAll
    static void findEveryRuleCode() {
        codes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fundtrail").stream()
                .filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(RuleCode.class))
                .flatMap(c -> Set.of(c.reflect().getEnumConstants()).stream())
                .map(constant -> ((RuleCode) constant).name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/rules.properties", "i18n/rules_en.properties"})
    void everyRuleCodeHasATextAndEveryTextACode(String bundle) {
        assertThat(codes).as("rule codes found").contains("AMOUNT_NOT_POSITIVE", "SAME_OFFICER_CANNOT_APPROVE",
                "CREDIT_CODE_ALREADY_REGISTERED", "USERNAME_TAKEN").hasSizeGreaterThan(90);
        Properties texts = load(bundle);
        Set<String> keys = texts.stringPropertyNames();

        Set<String> missing = new TreeSet<>();
        codes.stream().filter(code -> !keys.contains("rule." + code)).forEach(missing::add);
        assertThat(missing).as("rule codes without a text in %s", bundle).isEmpty();

        Set<String> orphans = new TreeSet<>();
        keys.stream().filter(key -> !key.startsWith("rule.") || !codes.contains(key.substring("rule.".length())))
                .forEach(orphans::add);
        assertThat(orphans).as("keys in %s that name no rule code", bundle).isEmpty();

        Set<String> blank = new TreeSet<>();
        keys.stream().filter(key -> texts.getProperty(key).isBlank()).forEach(blank::add);
        assertThat(blank).as("empty texts in %s", bundle).isEmpty();
    }

    private static Properties load(String resource) {
        try (InputStream in = RuleTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
