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
        if (problem.type() == ProblemType.UNAUTHORIZED) {
            // RFC 9110 asks a 401 to name the scheme that would be accepted.
            ctx.header("WWW-Authenticate", "Bearer realm=\"syncpoint\"");
        }
        ctx.status(problem.status()).contentType(CONTENT_TYPE).result(serialized(problem, ctx.path()));
    }

    /** The problem's JSON, for answers written outside Javalin; {@code instance} is left out when null. */
    public byte[] serialized(Problem problem, String instance) {
        Map<String, Object> body =
                members(problem.type().uri(), problem.type().title(), problem.status(), problem.detail(), instance);
        problem.extensions().forEach(body::putIfAbsent);
        return serialized(body);
    }

    /** A problem of type {@code about:blank}: one whose status says all there is to say (RFC 9457). */
    public byte[] serializedBlank(int status, String title, String detail, String instance) {
        return serialized(members("about:blank", title, status, detail, instance));
    }

    private static Map<String, Object> members(String type, String title, int status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
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
