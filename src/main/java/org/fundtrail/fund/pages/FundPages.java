package org.fundtrail.fund.pages;

import org.fundtrail.evidence.api.EvidenceReference;
import org.fundtrail.fund.FundQueries;
import org.fundtrail.fund.FundRecords;
import org.fundtrail.fund.api.DonationId;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.money.Money;
import org.fundtrail.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The funds a charity's staff work on: the list, and one fund with its money, donations, goods and grants. */
@PageController
public class FundPages {

    static final int RECENT_DONATIONS = 50;

    private final FundRecords records;

    FundPages(FundRecords records) {
        this.records = records;
    }

    /** One line of the fund list: the fund and what it holds in all its pools. */
    public record FundLine(FundQueries.FundSummary fund, Money held) {
    }

    /** A pool as people read it: the purpose's name for a restricted pool, null (→ "unrestricted") otherwise. */
    public record PoolLine(String key, String purposeName, Money balance) {
    }

    /** An in-kind donation with its item lines; {@code evidenceHex} when its evidence is a stored file. */
    public record GoodsLine(FundQueries.DonationView donation, List<FundQueries.ItemView> items, String evidenceHex) {

        public boolean anyLeft() {
            return items.stream().anyMatch(i -> i.remainingQuantity().signum() > 0);
        }
    }

    @GetMapping("/app/funds")
    String funds(Model model) {
        model.addAttribute("funds", records.funds().stream()
                .map(f -> new FundLine(f, f.pools().stream().map(FundQueries.PoolBalance::balance).reduce(Money.ZERO, Money::plus)))
                .toList());
        return "charity/funds";
    }

    @GetMapping("/app/funds/{fundId}")
    String fund(@PathVariable FundId fundId, Model model) {
        FundQueries.FundSummary fund = records.fund(fundId);
        List<FundQueries.DonationView> donations = records.donations(fundId, RECENT_DONATIONS, 0);
        model.addAttribute("fund", fund);
        model.addAttribute("pools", pools(fund));
        model.addAttribute("held", fund.pools().stream().map(FundQueries.PoolBalance::balance).reduce(Money.ZERO, Money::plus));
        model.addAttribute("progress", records.progress(fundId, null));
        model.addAttribute("donations", donations);
        model.addAttribute("goods", donations.stream().filter(d -> "IN_KIND".equals(d.kind()))
                .map(d -> new GoodsLine(d, records.items(fundId, DonationId.of(d.id())), evidenceHex(d.evidenceReference())))
                .toList());
        model.addAttribute("grants", records.grants(fundId));
        model.addAttribute("purposeNames", purposeNames(fund));
        return "charity/fund";
    }

    static List<PoolLine> pools(FundQueries.FundSummary fund) {
        Map<String, String> names = purposeNames(fund);
        return fund.pools().stream()
                .map(p -> new PoolLine(p.pool(), p.pool().startsWith("restricted:")
                        ? names.getOrDefault(p.pool().substring("restricted:".length()), p.pool()) : null, p.balance()))
                .toList();
    }

    static Map<String, String> purposeNames(FundQueries.FundSummary fund) {
        return fund.purposes().stream().collect(Collectors.toMap(FundQueries.PurposeView::code, FundQueries.PurposeView::name));
    }

    private static String evidenceHex(String evidence) {
        return EvidenceReference.isReference(evidence) ? EvidenceReference.parse(evidence).sha256() : null;
    }
}
