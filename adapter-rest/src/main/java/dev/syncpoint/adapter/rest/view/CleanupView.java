package dev.syncpoint.adapter.rest.view;

import java.time.Instant;

/** How many history rows dated before {@code cutoff} were deleted. */
public record CleanupView(long deleted, Instant cutoff) {}
