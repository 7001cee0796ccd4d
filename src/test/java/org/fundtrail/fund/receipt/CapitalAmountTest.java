package org.fundtrail.fund.receipt;

import org.fundtrail.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapitalAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1234.56, 壹仟贰佰叁拾肆元伍角陆分",
            "0.00, 零元整",
            "0.05, 伍分",
            "0.50, 伍角整",
            "1.00, 壹元整",
            "10.00, 壹拾元整",
            "15.30, 壹拾伍元叁角整",
            "20.05, 贰拾元零伍分",
            "100.10, 壹佰元壹角整",
            "1005.00, 壹仟零伍元整",
            "1050.00, 壹仟零伍拾元整",
            "10000.00, 壹万元整",
            "10005.00, 壹万零伍元整",
            "100000.00, 壹拾万元整",
            "105000.00, 壹拾万伍仟元整",
            "1000500.00, 壹佰万零伍佰元整",
            "50000.00, 伍万元整",
            "100010000.00, 壹亿零壹万元整",
            "200000000.99, 贰亿元玖角玖分",
            "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesAmountsInCapitals(String figures, String capitals) {
        assertThat(CapitalAmount.of(Money.parse(figures))).isEqualTo(capitals);
    }

    @ParameterizedTest
    @CsvSource({"-1.00", "1000000000000.00"})
    void refusesWhatNoReceiptShows(String figures) {
        assertThatThrownBy(() -> CapitalAmount.of(Money.parse(figures))).isInstanceOf(IllegalArgumentException.class);
    }
}
