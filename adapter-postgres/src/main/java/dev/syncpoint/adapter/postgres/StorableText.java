package dev.syncpoint.adapter.postgres;

import java.util.Optional;

/**
 * Refuses text PostgreSQL cannot keep exactly. A {@code text} column cannot hold U+0000, and a lone
 * surrogate has no UTF-8 form, so the driver would store a {@code ?} in its place: both are refused with a
 * clear message before anything is written, rather than failing late or changing the text.
 */
final class StorableText {

    private StorableText() {}

    /** Whether {@code text} can be stored, and so can match anything stored. */
    static boolean isStorable(String text) {
        return problem(text).isEmpty();
    }

    static String check(String field, String text) {
        problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(field + " contains " + problem + ", which cannot be stored");
        });
        return text;
    }

    private static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("the NUL character at index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("a lone UTF-16 surrogate at index " + i);
            }
        }
        return Optional.empty();
    }
}
