package dev.syncpoint.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/dev/syncpoint/example/EmbeddingExample.java");

    @Test
    void printsWhatTheReadmeSaysItPrints() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String readme = Files.readString(README);
        String promised = readme.substring(readme.indexOf("```", readme.indexOf("it prints")) + 4);
        promised = promised.substring(0, promised.indexOf("```"));
        assertThat(withoutTimes(bytes.toString(StandardCharsets.UTF_8))).isEqualTo(withoutTimes(promised));
    }

    /** The lock's expiry depends on when the example runs; everything else must match exactly. */
    private static String withoutTimes(String output) {
        return output.replaceAll("until \\S+", "until <time>").strip();
    }

    @Test
    void theReadmeShowsTheExampleWordForWord() throws IOException {
        String example = between(Files.readAllLines(EXAMPLE), "// readme:start", "// readme:end");

        String readme = Files.readString(README);

        assertThat(example).isNotBlank();
        assertThat(readme).contains(example);
    }

    /** The lines between two markers, with the method's indentation removed. */
    private static String between(List<String> lines, String start, String end) {
        int from = indexOfTrimmed(lines, start) + 1;
        int to = indexOfTrimmed(lines, end);
        return lines.subList(from, to).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
    }

    private static int indexOfTrimmed(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " not found in " + EXAMPLE);
    }
}
