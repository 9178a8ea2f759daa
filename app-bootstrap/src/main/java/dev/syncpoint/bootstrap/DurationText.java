package dev.syncpoint.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in environment variables: {@code 300s}, {@code 5m}, {@code 24h},
 * {@code 7d}, {@code 250ms}, a bare number of seconds, or ISO-8601 such as {@code PT5M}.
 */
final class DurationText {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private DurationText() {}

    static Optional<Duration> parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = AMOUNT.matcher(trimmed);
        if (matcher.matches()) {
            return amount(Long.parseLong(matcher.group(1)), matcher.group(2));
        }
        try {
            return Optional.of(Duration.parse(text.strip().toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> amount(long value, String unit) {
        if (unit == null || unit.equals("s")) {
            return Optional.of(Duration.ofSeconds(value));
        }
        return Optional.of(
                switch (unit) {
                    case "ms" -> Duration.ofMillis(value);
                    case "m" -> Duration.ofMinutes(value);
                    case "h" -> Duration.ofHours(value);
                    default -> Duration.ofDays(value);
                });
    }
}
