package dev.syncpoint.domain.appointment;

/**
 * Text that any store keeps exactly: no NUL character, which SQL text cannot hold, and no half of a
 * surrogate pair, which is not a character at all and which drivers silently replace.
 */
public final class StorableText {

    private StorableText() {}

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
