package dev.syncpoint.adapter.rest.problem;

import java.util.Locale;

/**
 * Every kind of error answer the API gives. A type's URI ({@code urn:syncpoint:problem:<slug>}) is
 * stable: clients branch on it, while the detail is for people and may be reworded. The OpenAPI
 * document lists the same slugs.
 */
public enum ProblemType {
    MALFORMED_HTTP_REQUEST(400, "Malformed HTTP request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_REQUEST(400, "Invalid request"),
    UNAUTHORIZED(401, "Authentication required"),
    INVALID_CREDENTIALS(401, "Invalid credentials"),
    FORBIDDEN(403, "Not allowed"),
    APPOINTMENT_NOT_FOUND(404, "Appointment not found"),
    CONTROL_REQUEST_NOT_FOUND(404, "Control request not found"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    HELD_BY_OTHER(409, "Lock held by another user"),
    VERSION_CONFLICT(409, "Lock version conflict"),
    STALE_FENCING_TOKEN(409, "Stale fencing token"),
    NOT_LOCKED(409, "Not locked"),
    NOT_LOCK_HOLDER(409, "Not the lock holder"),
    LOCK_LOST(409, "Lock lost"),
    ALREADY_HOLDER(409, "Already the lock holder"),
    ALREADY_REQUESTED(409, "Control already requested"),
    REQUEST_NOT_OPEN(409, "Control request no longer open"),
    EMAIL_TAKEN(409, "Email already registered"),
    STALE_APPOINTMENT_VERSION(412, "Stale appointment version"),
    WEAK_ENTITY_TAG(412, "Weak entity tag"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    URI_TOO_LONG(414, "URI too long"),
    EDIT_LOCK_REQUIRED(423, "Edit lock required"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    SIGN_IN_THROTTLED(429, "Too many failed sign-ins"),
    HEADERS_TOO_LARGE(431, "Request headers too large"),
    INTERNAL_ERROR(500, "Internal error"),
    STORE_UNAVAILABLE(503, "Store unavailable"),
    HTTP_VERSION_NOT_SUPPORTED(505, "HTTP version not supported");

    private static final String URI_PREFIX = "urn:syncpoint:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String uri() {
        return URI_PREFIX + slug();
    }
}
