package org.fundtrail.programme;

import org.fundtrail.money.Money;
import org.fundtrail.programme.api.ProgrammePolicy;
import org.fundtrail.programme.api.ProgrammePolicy.FundraisingFloor;
import org.fundtrail.programme.api.ProgrammePolicy.Limits;
import org.fundtrail.programme.api.ProgrammePolicy.TrancheRule;
import org.fundtrail.programme.api.StarRating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import java.util.List;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.fundtrail.programme.api.TrancheCondition.CONTRACT_SIGNED;
import static org.fundtrail.programme.api.TrancheCondition.FINAL_ACCEPTANCE_PASSED;
import static org.fundtrail.programme.api.TrancheCondition.MIDTERM_EVALUATION_PASSED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The seed programmes as the ledger reads them from {@code ledger/programmes/}, and the policies it refuses. */
class YamlProgrammePoliciesTest {

    private static final YamlProgrammePolicies SEEDS = new YamlProgrammePolicies();

    private static final List<String> SEED_PROGRAMMES =
            List.of("panjin-2023", "fuzhou-2021", "tianjin-2024", "shaanxi-2022", "shenyang-2023");

    @Test
    void everySeedProgrammeHasAPolicyAndTheyShareOneBudgetVocabulary() {
        assertThat(SEEDS.all()).extracting(ProgrammePolicy::id).containsAll(SEED_PROGRAMMES);
        // Expenditure by category is disclosed and compared across programmes, so the seeds use the same words.
        assertThat(SEED_PROGRAMMES).extracting(id -> seed(id).budgetCategories()).allSatisfy(categories ->
                assertThat(categories).containsExactly("personnel", "activities", "materials", "venue", "training",
                        "publicity", "management", "evaluation-fee", "other"));
    }

    @Test
    void panjinPaysSixtyPercentOnSigningAndFortyAfterAPassedMidtermEvaluation() {
        ProgrammePolicy panjin = seed("panjin-2023");

        assertThat(panjin.seed()).isEqualTo("000");
        assertThat(panjin.tranches()).containsExactly(
                new TrancheRule(60, CONTRACT_SIGNED), new TrancheRule(40, MIDTERM_EVALUATION_PASSED));
        assertThat(panjin.limits()).isEqualTo(new Limits(1, null, null, null));
        assertThat(panjin.fraudDebarmentYears()).isEqualTo(3);
        assertThat(panjin.forbiddenCategories()).isEmpty();
    }

    @Test
    void fuzhouGivesEachProjectTwoHundredThousandInAnEightyTwentySplit() {
        ProgrammePolicy fuzhou = seed("fuzhou-2021");

        assertThat(fuzhou.limits().amountPerProject()).isEqualTo(Money.parse("200000.00"));
        assertThat(fuzhou.limits().projectsPerOrganisation()).isEqualTo(3);
        assertThat(fuzhou.limits().projectsPerDistrict()).isEqualTo(3);
        assertThat(fuzhou.limits().projectsPerOrganisationPerCountyPerYear()).isNull();
        assertThat(fuzhou.tranches()).containsExactly(
                new TrancheRule(80, CONTRACT_SIGNED), new TrancheRule(20, FINAL_ACCEPTANCE_PASSED));
    }

    @Test
    void shenyangAwardsByStarRatingAndForbidsEvaluationFees() {
        ProgrammePolicy shenyang = seed("shenyang-2023");

        assertThat(shenyang.awards()).containsExactly(
                entry(StarRating.FIVE_STAR, Money.parse("200000.00")),
                entry(StarRating.FOUR_STAR, Money.parse("100000.00")),
                entry(StarRating.THREE_STAR, Money.parse("50000.00")));
        assertThat(shenyang.awardFor(StarRating.FOUR_STAR)).contains(Money.ofYuan(100_000));
        assertThat(shenyang.usagePlan().mandatoryBasic()).isEqualTo(3);
        assertThat(shenyang.usagePlan().electives()).containsExactly(
                entry(StarRating.FIVE_STAR, 6), entry(StarRating.FOUR_STAR, 4), entry(StarRating.THREE_STAR, 1));
        assertThat(shenyang.forbids("evaluation-fee")).isTrue();
        assertThat(shenyang.forbids("personnel")).isFalse();
        assertThat(shenyang.tranches()).containsExactly(new TrancheRule(100, FINAL_ACCEPTANCE_PASSED));
    }

    @Test
    void tianjinCommunityFundsRaiseFiftyOrTwentyThousandByRank() {
        ProgrammePolicy tianjin = seed("tianjin-2024");

        assertThat(tianjin.fundraisingFloors()).containsExactly(
                new FundraisingFloor(1, 5, Money.parse("50000.00")),
                new FundraisingFloor(6, 11, Money.parse("20000.00")));
    }

    @Test
    void shaanxiSpendsAtLeastHalfOnTheContractorsPersonnel() {
        ProgrammePolicy shaanxi = seed("shaanxi-2022");

        assertThat(shaanxi.minimumCategoryShares()).containsExactly(entry("personnel", 50));
        assertThat(shaanxi.awards()).isEmpty();
        assertThat(shaanxi.tranches()).containsExactly(new TrancheRule(100, CONTRACT_SIGNED));
    }

    @Test
    void keysLeftOutReadAsNone() {
        YamlProgrammePolicies policies = YamlProgrammePolicies.of(file("bare-2024.yaml", """
                id: bare-2024
                seed: "999"
                name: 最简项目
                tranches: [{percent: 100, condition: CONTRACT_SIGNED}]
                budget-categories: [personnel]
                fraud-debarment-years: 3
                """));

        ProgrammePolicy bare = policies.find("bare-2024").orElseThrow();
        assertThat(bare.limits()).isEqualTo(Limits.NONE);
        assertThat(bare.forbiddenCategories()).isEmpty();
        assertThat(bare.awards()).isEmpty();
        assertThat(bare.usagePlan()).isNull();
        assertThat(bare.minimumCategoryShares()).isEmpty();
        assertThat(bare.fundraisingFloors()).isEmpty();
        assertThat(policies.find("panjin-2023")).isEmpty();
    }

    /** Uses every key once, so each malformed case below differs from a good policy by exactly one mistake. */
    private static final String VALID = """
            id: test-2024
            seed: "999"
            name: 测试项目
            tranches:
              - {percent: 60, condition: CONTRACT_SIGNED}
              - {percent: 40, condition: FINAL_ACCEPTANCE_PASSED}
            budget-categories: [personnel, activities, evaluation-fee]
            forbidden-categories: [evaluation-fee]
            limits: {projects-per-organisation: 3, amount-per-project: "200000.00"}
            awards: {FIVE_STAR: "200000.00", THREE_STAR: "50000.00"}
            usage-plan: {mandatory-basic: 3, electives: {FIVE_STAR: 6, THREE_STAR: 1}}
            minimum-category-shares: {personnel: 50}
            fraud-debarment-years: 3
            fundraising-floors:
              - {from-rank: 1, to-rank: 5, floor: "50000.00"}
              - {from-rank: 6, to-rank: 11, floor: "20000.00"}
            """;

    @Test
    void theGoodPolicyTheMalformedOnesStartFromLoads() {
        assertThat(YamlProgrammePolicies.of(file("test-2024.yaml", VALID)).find("test-2024")).isPresent();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                // what is wrong, text in VALID, replaced by, the field the message names, and what it says there
                arguments("percentages not 100", "percent: 40", "percent: 30", "tranches[1].percent", "add up to 90, not 100"),
                arguments("unknown condition", "condition: FINAL_ACCEPTANCE_PASSED", "condition: PROJECT_FINISHED", "tranches[1].condition", "'PROJECT_FINISHED' is not one of"),
                arguments("a condition twice", "condition: CONTRACT_SIGNED", "condition: FINAL_ACCEPTANCE_PASSED", "tranches[1].condition", "FINAL_ACCEPTANCE_PASSED cannot come after FINAL_ACCEPTANCE_PASSED"),
                arguments("conditions out of order", "CONTRACT_SIGNED}\n  - {percent: 40, condition: FINAL_ACCEPTANCE_PASSED}", "FINAL_ACCEPTANCE_PASSED}\n  - {percent: 40, condition: MIDTERM_EVALUATION_PASSED}", "tranches[1].condition", "MIDTERM_EVALUATION_PASSED cannot come after FINAL_ACCEPTANCE_PASSED"),
                arguments("fractional percent", "percent: 60", "percent: 60.5", "tranches[0].percent", "'60.5' is not a whole number"),
                arguments("forbidden not budgeted", "forbidden-categories: [evaluation-fee]", "forbidden-categories: [catering]", "forbidden-categories", "'catering' is not one of the budget-categories"),
                arguments("an empty file", VALID, "", "test-2024.yaml", "the file is empty"),
                arguments("id is not the file name", "id: test-2024", "id: test-2025", "id", "'test-2025' differs from the file name"),
                arguments("unknown key", "projects-per-organisation: 3", "projects-per-organization: 3", "limits.projects-per-organization", "unknown key"),
                arguments("key written twice", "seed: \"999\"", "seed: \"999\"\nseed: \"998\"", "seed", "Duplicate"),
                arguments("missing required number", "fraud-debarment-years: 3\n", "", "fraud-debarment-years", "required: a whole number"),
                arguments("negative award", "FIVE_STAR: \"200000.00\"", "FIVE_STAR: \"-200000.00\"", "awards.FIVE_STAR", "must be positive"),
                arguments("money to the tenth of a fen", "THREE_STAR: \"50000.00\"", "THREE_STAR: \"12.345\"", "awards.THREE_STAR", "more than two decimal places"),
                arguments("unquoted money", "floor: \"50000.00\"", "floor: 50000.00", "fundraising-floors[0].floor", "quoted string"),
                arguments("unknown star rating", "THREE_STAR: 1", "SIX_STAR: 1", "usage-plan.electives", "'SIX_STAR' is not one of"),
                arguments("limit of zero", "projects-per-organisation: 3", "projects-per-organisation: 0", "limits.projects-per-organisation", "at least 1"),
                arguments("share over 100", "personnel: 50", "personnel: 150", "minimum-category-shares.personnel", "from 1 to 100"),
                arguments("floors overlap", "from-rank: 6", "from-rank: 5", "fundraising-floors[1].from-rank", "overlap"),
                arguments("floor ranks reversed", "from-rank: 1, to-rank: 5", "from-rank: 5, to-rank: 1", "fundraising-floors[0].to-rank", "below from-rank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedPolicyStopsStartUpNamingTheFileAndTheField(String what, String text, String replacement,
                                                             String field, String says) {
        String broken = VALID.replace(text, replacement);
        assertThat(broken).as("the case changes the good policy").isNotEqualTo(VALID);

        assertThatThrownBy(() -> YamlProgrammePolicies.of(file("test-2024.yaml", broken)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ledger/programmes/test-2024.yaml: ")
                .hasMessageContaining(field)
                .hasMessageContaining(says);
    }

    @Test
    void everyProblemInAFileIsReportedAtOnceEachWithItsPath() {
        String broken = VALID.replace("percent: 40", "percent: 30").replace("[evaluation-fee]\n", "[catering]\n");

        assertThatThrownBy(() -> YamlProgrammePolicies.of(file("test-2024.yaml", broken)))
                .hasMessage("""
                        ledger/programmes/test-2024.yaml: tranches[1].percent: percentages add up to 90, not 100
                        ledger/programmes/test-2024.yaml: forbidden-categories: 'catering' is not one of the \
                        budget-categories [personnel, activities, evaluation-fee]""");
    }

    @Test
    void twoFilesCannotDefineTheSameProgramme() {
        assertThatThrownBy(() -> YamlProgrammePolicies.of(file("test-2024.yaml", VALID), file("test-2024.yaml", VALID)))
                .hasMessageContaining("id: 'test-2024' is defined by two files");
    }

    private static ProgrammePolicy seed(String id) {
        return SEEDS.find(id).orElseThrow(() -> new AssertionError("no policy " + id + " in ledger/programmes/"));
    }

    /** A policy file that exists only in memory; the loader names it by its file name, as it does real files. */
    private static Resource file(String filename, String yaml) {
        return new ByteArrayResource(yaml.getBytes(UTF_8)) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }
}
