package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.lock.Lock;
import java.util.Optional;

/**
 * The second step of a transition: whether the appointment still exists, and the expired lock that was
 * ended on the way, if there was one.
 */
record SlotCheck(boolean appointmentPresent, Optional<Lock> expired) {}
