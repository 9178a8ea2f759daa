package dev.syncpoint.domain.lock;

/**
 * A number handed out with every new lock on an appointment, one greater than any handed out before for
 * that appointment. Writers present it, so a holder whose lock has ended can never overwrite the work of
 * the holder after them. Renewals keep the token; releases, expiries, takeovers and transfers never give
 * one back.
 */
public record FencingToken(long value) implements Comparable<FencingToken> {

    /** The token "before the first": an appointment that was never locked has issued this one. */
    public static final FencingToken NONE = new FencingToken(0);

    public FencingToken {
        if (value < 0) {
            throw new IllegalArgumentException("a fencing token is never negative, was " + value);
        }
    }

    public FencingToken next() {
        return new FencingToken(Math.addExact(value, 1));
    }

    public boolean isNewerThan(FencingToken other) {
        return value > other.value;
    }

    @Override
    public int compareTo(FencingToken other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
