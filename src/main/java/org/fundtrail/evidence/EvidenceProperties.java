package org.fundtrail.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize the largest evidence file accepted ({@code fundtrail.evidence.max-file-size}, default 20MB).
 *                    The servlet container's multipart limit is set higher so that a larger file still reaches us
 *                    and gets this rule's message rather than a bare 413.
 */
@ConfigurationProperties("fundtrail.evidence")
record EvidenceProperties(DataSize maxFileSize) {

    EvidenceProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(20);
        }
    }
}
