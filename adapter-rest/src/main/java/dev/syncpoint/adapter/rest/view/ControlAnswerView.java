package dev.syncpoint.adapter.rest.view;

import java.time.Instant;

/**
 * The answer about a request for control: {@code outcome} is {@code requested}, {@code granted} or
 * {@code denied}; {@code lock} is the live lock afterwards, the requester's once granted.
 */
public record ControlAnswerView(String outcome, ControlRequestView request, LockView lock, Instant serverNow) {}
