package org.fundtrail.audit.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContentTest {

    private static EventContent sample(String payload) {
        return new EventContent("donation:d-1", 0, "Donation", "e-1", "org.fundtrail.fund.api.DonationRecorded", null,
                "2026-11-20T08:00:00Z", payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEncodingIsLengthPrefixedAndReversible() {
        EventContent content = sample("{\"amount\":\"200.00\"}");
        byte[] canonical = content.canonical();
        // tag: length 18, then the text
        assertThat(canonical).startsWith(0, 0, 0, 18, 'f', 'u', 'n', 'd');
        assertThat(EventContent.decode(canonical)).isEqualTo(content);
        assertThat(EventContent.decode(canonical).payloadRevision()).isNull();
    }

    @Test
    void anyChangeChangesTheHash() {
        assertThat(sample("{\"amount\":\"200.00\"}").contentHash())
                .isNotEqualTo(sample("{\"amount\":\"900.00\"}").contentHash());
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] canonical = sample("{}").canonical();
        byte[] longer = java.util.Arrays.copyOf(canonical, canonical.length + 1);
        assertThatThrownBy(() -> EventContent.decode(longer)).isInstanceOf(IllegalArgumentException.class);
    }
}
