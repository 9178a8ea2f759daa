package dev.syncpoint.adapter.rest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The log lines written while an action runs. The tests log through slf4j-simple, which writes each line
 * to whatever {@code System.err} is at that moment, so the stream is swapped for the action's length.
 */
final class CapturedLog {

    private CapturedLog() {}

    static List<String> during(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text.lines().toList();
    }
}
