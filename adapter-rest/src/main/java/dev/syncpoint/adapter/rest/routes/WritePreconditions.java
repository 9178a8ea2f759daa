package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.domain.lock.FencingToken;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a change to an appointment must present (rule 11): the version it read, as {@code If-Match}, and
 * the fencing token of the lock it holds, as {@code X-Fencing-Token}.
 *
 * <p>The entity tag of an appointment is its version in quotes. {@code If-Match} takes that tag, and also
 * its weak form {@code W/"3"}, because proxies weaken tags they pass on; the tag names a version either
 * way. {@code *} is refused: it would skip exactly the check rule 11 asks for.
 */
final class WritePreconditions {

    static final String FENCING_TOKEN = "X-Fencing-Token";

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");
    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,18}");

    private WritePreconditions() {}

    static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    static long expectedVersion(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            String detail = "a change needs an If-Match header with the ETag of the appointment as you read it,"
                    + " such as If-Match: \"3\"";
            throw Problem.of(ProblemType.PRECONDITION_REQUIRED, detail).exception();
        }
        Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (!tag.matches() || Long.parseLong(tag.group(1)) < 1) {
            throw Violations.exception(
                    "If-Match", "If-Match must be the one ETag you read, such as \"3\"; lists and * are not accepted");
        }
        return Long.parseLong(tag.group(1));
    }

    static FencingToken fencingToken(Context ctx) {
        String text = ctx.header(FENCING_TOKEN);
        if (text == null || text.isBlank()) {
            throw Violations.exception(
                    FENCING_TOKEN, "a change needs an X-Fencing-Token header with the fencing token of your lock");
        }
        if (!TOKEN.matcher(text.strip()).matches() || Long.parseLong(text.strip()) < 1) {
            throw Violations.exception(FENCING_TOKEN, "X-Fencing-Token must be a positive integer");
        }
        return new FencingToken(Long.parseLong(text.strip()));
    }
}
