package dev.syncpoint.adapter.websocket.protocol;

import java.util.Objects;

/** A text frame read: either a frame the server understands, or what is wrong with it. */
public sealed interface ReadResult {

    record Read(ClientFrame frame) implements ReadResult {
        public Read {
            Objects.requireNonNull(frame, "frame");
        }
    }

    record Refused(FrameProblem problem) implements ReadResult {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
