package org.fundtrail.organisation.api;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 统一社会信用代码 (GB 32100-2015): 17 characters from 0-9 and A-Y without I, O, S, V, Z, then a check character. */
class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(strings = {"53120000MJ00000017", "52120000MJ0000002D", "53120000MJ0000003D", "53120000MJ0000U01G",
            "53120000MJ00000090", "53120000MJ00000191", "53120000MJ00000292", "53120000MJ00000105", "53120000MJ0000027U"})
    void validCodes(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    /** Each row ends in its expected outcome. */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                              | code                 | valid
            check character one too high        | 53120000MJ00000018   | false
            check character a letter            | 53120000MJ0000001A   | false
            check character of another code     | 53120000MJ0000001D   | false
            one body character mistyped         | 53120000MJ00000117   | false
            adjacent characters swapped         | 35120000MJ00000017   | false
            17 characters                       | 53120000MJ0000001    | false
            19 characters                       | 53120000MJ000000177  | false
            16 characters                       | 53120000MJ000000     | false
            lower-case letters                  | 53120000mj00000017   | false
            lower-case check character          | 52120000MJ0000002d   | false
            blank inside                        | 53120000MJ 0000017   | false
            full-width digit                    | 53120000MJ０0000017   | false
            """)
    void invalidCodes(String description, String code, boolean valid) {
        assertThat(CreditCode.isValid(code)).isEqualTo(valid);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noCodeIsNotValid(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    /**
     * I, O, S, V and Z are never used (they look like 1, 0, 5, U and 2). Each code here is a valid one with a digit
     * or U replaced by its look-alike, so a checker that mapped look-alikes back would wrongly accept it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "53I20000MJ00000017", "53120000MJO0000017", "S3120000MJ00000017", "531Z0000MJ00000017", "53120000MJ0000V01G",
            "53120000MJ0000019I", "53120000MJ0000009O", "53120000MJ0000010S", "53120000MJ0000029Z", "53120000MJ0000027V"})
    void forbiddenLettersAreNeverValid(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    /**
     * A forbidden letter anywhere in the first 17 makes the code invalid whatever the check character: a checker that
     * let the letter through with any value at all would find some check character that fits.
     */
    @Property
    void noCheckCharacterRescuesABodyWithAForbiddenLetter(@ForAll("bodies") String body,
                                                          @ForAll @IntRange(min = 0, max = 16) int position,
                                                          @ForAll("forbiddenLetters") char letter) {
        String withLetter = body.substring(0, position) + letter + body.substring(position + 1);
        for (char check : (ALPHABET + "IOSVZ").toCharArray()) {
            assertThat(CreditCode.isValid(withLetter + check)).as(withLetter + check).isFalse();
        }
    }

    @Provide
    Arbitrary<Character> forbiddenLetters() {
        return Arbitraries.of('I', 'O', 'S', 'V', 'Z');
    }

    @Property
    void aCheckCharacterMakesAnyBodyValid(@ForAll("bodies") String body) {
        assertThat(CreditCode.isValid(body + CreditCode.checkCharacter(body))).isTrue();
    }

    /** The weights are coprime to 31, so any single mistyped character, check character included, is caught. */
    @Property
    void anySingleMistypedCharacterIsCaught(@ForAll("bodies") String body, @ForAll @IntRange(min = 0, max = 17) int position,
                                            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = body + CreditCode.checkCharacter(body);
        char mistyped = ALPHABET.charAt((ALPHABET.indexOf(code.charAt(position)) + shift) % ALPHABET.length());
        String wrong = code.substring(0, position) + mistyped + code.substring(position + 1);
        assertThat(CreditCode.isValid(wrong)).as(wrong).isFalse();
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(17);
    }
}
