package org.fundtrail.audit.export;

import org.fundtrail.audit.balances.BothClocks;
import org.fundtrail.audit.balances.TrialBalance;
import org.fundtrail.audit.balances.TrialBalance.Line;
import org.springframework.stereotype.Component;

import java.util.List;

/** The trial balance as a table, its accounts streamed in account order and a last row with the totals. */
@Component
public class TrialBalanceExport {

    static final String TOTAL = "合计 / total";

    static final List<Column<Line>> COLUMNS = List.of(
            Column.text("科目", "account", 48, Line::account),
            Column.text("科目类别", "kind", 22, Line::kind),
            Column.money("借方合计", "debits", Line::debits),
            Column.money("贷方合计", "credits", Line::credits),
            Column.money("余额 (借正贷负)", "balance (debit +, credit −)", Line::balance));

    private final TrialBalance trialBalance;

    TrialBalanceExport(TrialBalance trialBalance) {
        this.trialBalance = trialBalance;
    }

    public TabularExport<Line> export(BothClocks at, String prefix) {
        RowSource<Line> rows = action -> {
            TrialBalance.Totals totals = new TrialBalance.Totals();
            trialBalance.forEachLine(at, prefix, line -> {
                totals.add(line);
                action.accept(line);
            });
            action.accept(new Line(TOTAL, null, totals.debits(), totals.credits(), totals.balance()));
        };
        return new TabularExport<>("trial-balance_" + at.asOf(), "试算平衡表 Trial balance", COLUMNS, rows);
    }
}
