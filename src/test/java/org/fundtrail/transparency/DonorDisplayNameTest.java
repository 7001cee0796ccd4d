package org.fundtrail.transparency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DonorDisplayNameTest {

    @ParameterizedTest(name = "{0}, anonymous={1}, consented={2} → {3}")
    @CsvSource(nullValues = "NULL", value = {
            "张三,      false, false, 张*",
            "欧阳娜娜,  false, false, 欧*",
            "Zhang San, false, false, Z*",
            "' 王五 ',  false, false, 王*",
            "𠀋先生,    false, false, 𠀋*",
            "王五,      false, true,  王五",
            "李四,      true,  false, NULL",
            "李四,      true,  true,  NULL",
            "NULL,      false, true,  NULL",
            "'  ',      false, false, NULL",
    })
    void anonymousDonorsAreNeverNamedConsentingOnesInFullOthersByTheirFirstCharacter(
            String name, boolean anonymous, boolean consented, String shown) {
        assertThat(DonorDisplayName.of(anonymous, consented, name)).isEqualTo(shown);
    }
}
