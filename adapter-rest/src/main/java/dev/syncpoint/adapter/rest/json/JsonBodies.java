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
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try {
            // Reading one byte past the limit is how a body without a declared length is caught.
            InputStream in = ctx.req().getInputStream();
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException broken) {
            throw unreadableBody();
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
