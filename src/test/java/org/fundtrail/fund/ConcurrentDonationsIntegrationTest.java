package org.fundtrail.fund;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentDonationsIntegrationTest extends IntegrationTest {

    /**
     * 8 threads × 200 donations of different amounts to one fund: every one is recorded once, the journal holds the
     * exact total, and the receipts are numbered 1…1600 without a gap or a repeat.
     */
    @Test
    void sixteenHundredConcurrentDonationsToOneFundAreAllCountedExactly() throws Exception {
        String charity = registerCharity();
        String fund = openFund(charity);
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<List<Integer>>> clients = new ArrayList<>();
        long expectedFen = 0;
        for (int t = 0; t < threads; t++) {
            int thread = t;
            for (int i = 0; i < perThread; i++) {
                expectedFen += 100L + thread * perThread + i;
            }
            clients.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    long fen = 100L + thread * perThread + i;
                    String amount = org.fundtrail.money.Money.ofFen(fen).toString();
                    statuses.add(donate(fund, "c-" + fund + "-" + thread + "-" + i, amount, null).status());
                }
                return statuses;
            });
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> f : pool.invokeAll(clients)) {
            statuses.addAll(f.get());
        }
        pool.shutdown();

        assertThat(statuses).hasSize(1600).containsOnly(201);
        assertThat(balance("fund:" + fund + ":unrestricted")).isEqualTo(org.fundtrail.money.Money.ofFen(expectedFen).toString());
        assertThat(jdbc.sql("SELECT count(*) FROM donation_view WHERE fund_id = ?").param(fund).query(Long.class).single())
                .isEqualTo(1600);
        List<String> receipts = jdbc.sql("SELECT receipt_number FROM donation_view WHERE fund_id = ? ORDER BY receipt_number")
                .param(fund).query(String.class).list();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 1600; n++) {
            expected.add("%s-2026-%06d".formatted(charity, n));
        }
        assertThat(receipts).isEqualTo(expected);
    }
}
