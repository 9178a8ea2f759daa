package dev.syncpoint.adapter.websocket;

/**
 * The close codes the server ends a connection with. Codes from 4000 are ours; the ones that mirror an
 * HTTP status end in its digits (4401 like 401, 4408 like 408).
 */
final class CloseCodes {

    /** The server is stopping; connect again (to another node). */
    static final int GOING_AWAY = 1001;
    /** The connection kept sending faster than its rate limit. */
    static final int FLOODING = 1008;
    /** The server failed on its side, such as while checking a token; try again. */
    static final int SERVER_ERROR = 1011;
    /** The connection did not read its frames fast enough; reconnect and resubscribe. */
    static final int TOO_SLOW = 1013;
    /** Nothing was heard from the connection for the idle timeout. */
    static final int IDLE = 4000;
    /** The token was missing, invalid or expired, or a frame came before authentication. */
    static final int UNAUTHENTICATED = 4401;
    /** No {@code auth} frame arrived within the authentication timeout. */
    static final int AUTH_TIMEOUT = 4408;

    private CloseCodes() {}
}
