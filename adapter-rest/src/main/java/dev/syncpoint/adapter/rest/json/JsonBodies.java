package dev.syncpoint.adapter.rest.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemException;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies into our request records. The size limit is checked on the bytes actually
 * received, not only on {@code Content-Length}, so a chunked upload cannot grow past it either. Any
 * content type is read as JSON: {@code curl -d} sends a form type by default, and refusing it would
 * only get in a person's way.
 */
public final class JsonBodies {

    private final ObjectMapper json;
    /** How many times the limit a refused body is read on, so that its sender hears the 413. */
    private static final int DISCARD_FACTOR = 16;

    private final int maxBytes;

    public JsonBodies(ObjectMapper json, int maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The body as {@code type}; a missing or empty body is a 400. */
    public <T> T required(Context ctx, Class<T> type) {
        byte[] body = bytes(ctx);
        if (isBlank(body)) {
            throw Problem.of(ProblemType.INVALID_REQUEST, "this request needs a JSON object as its body")
                    .exception();
        }
        return parse(body, type);
    }

    /** The body as {@code type}, or the record with every field absent when no body was sent. */
    public <T> T optional(Context ctx, Class<T> type) {
        byte[] body = bytes(ctx);
        return parse(isBlank(body) ? new byte[] {'{', '}'} : body, type);
    }

    /**
     * Reads exactly one JSON object: what comes before it or after it is the client's to hear about, so the
     * first token and the end are checked here rather than left to Jackson's generic complaints.
     */
    private <T> T parse(byte[] body, Class<T> type) {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw JsonProblems.notAnObject(first).exception();
            }
            T value = json.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(parser);
            requireNothingAfter(parser);
            return value;
        } catch (JacksonException unreadable) {
            throw JsonProblems.of(unreadable).exception();
        } catch (IOException unreadable) {
            throw unreadableBody();
        }
    }

    private static void requireNothingAfter(JsonParser parser) throws IOException {
        JsonLocation more;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            more = parser.currentTokenLocation();
        } catch (StreamReadException notJsonEither) {
            more = notJsonEither.getLocation();
        }
        throw JsonProblems.trailing(more).exception();
    }

    private byte[] bytes(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            if (ctx.req().getContentLengthLong() > maxBytes) {
                discardSomeOf(in);
                throw tooLarge();
            }
            // Reading one byte past the limit is how a body without a declared length is caught.
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                discardSomeOf(in);
                throw tooLarge();
            }
            return body;
        } catch (IOException broken) {
            throw unreadableBody();
        }
    }

    /**
     * Reads and drops what is left of a body that is too large, up to a bound: a client still sending it
     * when the answer goes out may lose the answer to a reset connection, and most clients send the whole
     * body before they read. Beyond the bound the connection is closed with the answer, as Jetty does.
     */
    private void discardSomeOf(InputStream in) {
        long left = (long) maxBytes * DISCARD_FACTOR;
        byte[] buffer = new byte[8192];
        try {
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException gone) {
            // The client stopped sending; the 413 goes out all the same.
        }
    }

    private ProblemException tooLarge() {
        String detail = "the request body is larger than the limit of " + maxBytes + " bytes";
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, detail)
                .with("maxBytes", maxBytes)
                .exception();
    }

    private static ProblemException unreadableBody() {
        return Problem.of(ProblemType.INVALID_REQUEST, "the request body could not be read")
                .exception();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
