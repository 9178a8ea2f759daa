package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemException;
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
 * <p>The entity tag of an appointment is its version in quotes, a strong tag. {@code If-Match} compares
 * strongly (RFC 9110, section 13.1.1), so a weak tag such as {@code W/"3"} never matches: 412. Two forms the
 * RFC allows are refused as 400, because rule 11 needs the one version the change was based on: {@code *},
 * which names none, and a list, which names several.
 */
final class WritePreconditions {

    static final String FENCING_TOKEN = "X-Fencing-Token";

    private static final Pattern STRONG_TAG = Pattern.compile("\"([0-9]{1,18})\"");
    private static final Pattern WEAK_TAG = Pattern.compile("W/\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,18}");
    private static final int MAX_ECHO = 40;

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
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            throw badIfMatch(
                    "If-Match: * is not accepted: a change must name the version it was based on," + " such as \"3\"");
        }
        if (tag.contains(",")) {
            throw badIfMatch("If-Match must name one ETag, the one you read, such as \"3\"; a list is not accepted");
        }
        Matcher weak = WEAK_TAG.matcher(tag);
        if (weak.matches()) {
            throw weakTag(weak.group(1));
        }
        Matcher strong = STRONG_TAG.matcher(tag);
        if (!strong.matches() || Long.parseLong(strong.group(1)) < 1) {
            throw badIfMatch("If-Match must be the ETag you read, such as \"3\"");
        }
        return Long.parseLong(strong.group(1));
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

    private static ProblemException badIfMatch(String message) {
        return Violations.exception("If-Match", message);
    }

    private static ProblemException weakTag(String opaque) {
        String shown = opaque.length() <= MAX_ECHO ? opaque : opaque.substring(0, MAX_ECHO) + "…";
        String detail = "If-Match W/\"" + shown + "\" is a weak entity tag, and If-Match compares tags strongly"
                + " (RFC 9110), so a weak tag never matches; send the ETag exactly as you read it, such as \""
                + shown + "\"";
        return Problem.of(ProblemType.WEAK_ENTITY_TAG, detail).exception();
    }
}
