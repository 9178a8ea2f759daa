package dev.syncpoint.domain.lock;

import java.time.Instant;

/** There is no live lock on the appointment, so there was nothing to end or hand over. */
public record NotLocked(Instant serverNow)
        implements ReleaseResult,
                ForceReleaseResult,
                TakeoverResult,
                TransferResult,
                ControlRequestResult,
                ControlAnswerResult {}
