package dev.syncpoint.domain.lock;

import java.util.Optional;

/**
 * There is no open request to answer: it never existed, was already answered, or lapsed.
 *
 * @param request the request as it stands now, when one exists
 */
public record NoOpenRequest(Optional<ControlRequest> request) implements ControlAnswerResult {}
