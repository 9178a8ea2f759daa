package dev.syncpoint.adapter.websocket.protocol;

/** Client text quoted back in an error message, cut short so an error never grows with its input. */
final class Snippet {

    private static final int MAX = 60;

    private Snippet() {}

    static String of(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        return text.substring(0, MAX) + "…";
    }
}
