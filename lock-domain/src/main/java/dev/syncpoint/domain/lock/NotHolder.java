package dev.syncpoint.domain.lock;

import java.time.Instant;

/** The caller asked to end or hand over a lock that someone else holds; nothing changed (rule 6). */
public record NotHolder(Lock current, Instant serverNow)
        implements ReleaseResult, TransferResult, ControlAnswerResult {}
