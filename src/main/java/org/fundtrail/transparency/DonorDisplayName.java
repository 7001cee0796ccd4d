package org.fundtrail.transparency;

/**
 * How a donor is named in public: an anonymous donor never (null; the page says "anonymous"), a donor who consented
 * in full, anyone else by the first character of the name and a star (张三 → 张*, 欧阳娜娜 → 欧*, Zhang San → Z*), as
 * Chinese donation lists commonly do. A donor without a name on record (never given, or erased) is null too.
 */
final class DonorDisplayName {

    static final String MASK = "*";

    private DonorDisplayName() {
    }

    static String of(boolean anonymous, boolean consented, String name) {
        if (anonymous || name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        if (consented) {
            return trimmed;
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + MASK;
    }
}
