package dev.syncpoint.adapter.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a problem as {@code application/problem+json}, with the request path as its instance. */
public final class ProblemWriter {

    public static final String CONTENT_TYPE = "application/problem+json";

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(Context ctx, Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().uri());
        body.put("title", problem.type().title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", ctx.path());
        problem.extensions().forEach(body::putIfAbsent);

        if (problem.type() == ProblemType.UNAUTHORIZED) {
            // RFC 9110 asks a 401 to name the scheme that would be accepted.
            ctx.header("WWW-Authenticate", "Bearer realm=\"syncpoint\"");
        }
        ctx.status(problem.status()).contentType(CONTENT_TYPE).result(serialized(body));
    }

    private byte[] serialized(Map<String, Object> body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            // Problem bodies hold only strings, numbers and our own view records.
            throw new IllegalStateException("a problem body could not be written as JSON", e);
        }
    }
}
