package dev.syncpoint.adapter.rest;

import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.adapter.rest.problem.ProblemWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, for requests so broken that they never reach a route (a bad percent-encoding,
 * headers over Jetty's limit, an unknown HTTP version), as our problem+json instead of Jetty's HTML page.
 * The statuses Jetty gives for broken requests have types of ours; any other keeps {@code about:blank}, as
 * RFC 9457 provides for a status with no further meaning. The instance is the request's path, except when
 * Jetty could not read the request line: it then stands in a placeholder path, which is not repeated.
 */
final class ProblemErrorHandler extends ErrorHandler {

    /** What Jetty puts in place of a request line it could not read. */
    private static final String UNREAD_PATH = "/badMessage";

    private static final int MAX_REASON = 80;
    private static final Map<Integer, ProblemType> TYPES = Map.of(
            400, ProblemType.MALFORMED_HTTP_REQUEST,
            414, ProblemType.URI_TOO_LONG,
            431, ProblemType.HEADERS_TOO_LARGE,
            505, ProblemType.HTTP_VERSION_NOT_SUPPORTED);

    private final ProblemWriter writer;

    ProblemErrorHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        String path = pathOf(request);
        byte[] body = TYPES.containsKey(code)
                ? writer.serialized(ours(TYPES.get(code), request, path, message), path)
                : unnamed(code, path);

        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemWriter.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static Problem ours(ProblemType type, Request request, String path, String reason) {
        int limit = request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize();
        String withinLimit = "the request line and headers may take at most " + limit + " bytes together";
        String detail = switch (type) {
            case URI_TOO_LONG -> "the request's URI is too long: " + withinLimit;
            case HEADERS_TOO_LARGE -> "the request's headers are too large: " + withinLimit;
            case HTTP_VERSION_NOT_SUPPORTED -> "this server answers HTTP/1.1 and HTTP/1.0 requests only";
            default -> malformed(path, reason);
        };
        return Problem.of(type, detail);
    }

    /** Jetty's reason phrases for a 400, such as "No Host", are HTTP's words, not Java's, so they are told. */
    private static String malformed(String path, String reason) {
        if (path == null) {
            return "the server could not read the request line; usually its path holds a character or"
                    + " percent-encoding that is not allowed, such as %00 or %zz";
        }
        if (reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(400))) {
            return "the HTTP request is malformed";
        }
        String shown = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
        return "the HTTP request is malformed: " + shown;
    }

    private byte[] unnamed(int code, String path) {
        String title = HttpStatus.getMessage(code);
        return writer.serializedBlank(code, title, "the server could not accept this HTTP request: " + title, path);
    }

    private static String pathOf(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        return path == null || path.equals(UNREAD_PATH) ? null : path;
    }
}
