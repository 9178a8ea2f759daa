package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A body that is not one JSON object is told in sentences for people, with where it breaks, on every route
 * that reads a body; nothing of Jackson's own wording or settings reaches the client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedBodyTest {

    private static final List<String> JACKSON_WORDS = List.of(
            "Feature", "REDACTED", "Source", "`", "com.fasterxml", "java.", "token", "VALUE_", "START_", "code 1");

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");
    private final Caller admin = server.admin("Ada Admin");
    private final String appointment = server.appointment(alice);

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void brokenJsonIsDescribedInPlainWordsWithItsLineAndColumn() {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("{", "the body is not valid JSON at line 1, column 2: it ends before the JSON is complete");
        broken.put(
                "{\"x\":NaN}", "the body is not valid JSON at line 1, column 9: NaN and Infinity are not JSON numbers");
        broken.put(
                "{\"expectedVersion\": -Infinity}",
                "the body is not valid JSON at line 1, column 30: NaN and Infinity are not JSON numbers");
        broken.put(
                "{\"expectedVersion\": +1}",
                "the body is not valid JSON at line 1, column 22: a JSON number cannot start with a plus sign");
        broken.put(
                "{\"expectedVersion\": 01}",
                "the body is not valid JSON at line 1, column 22: a number is not written as JSON writes"
                        + " numbers (no leading zeros, digits on both sides of a decimal point)");
        broken.put(
                "{'expectedVersion': 1}",
                "the body is not valid JSON at line 1, column 2: a field name must be a string in double quotes");
        broken.put(
                "{\"expectedVersion\" 1}",
                "the body is not valid JSON at line 1, column 20: a colon must follow each field name");
        broken.put(
                "{\"expectedVersion\": 1 \"fencingToken\": 1}",
                "the body is not valid JSON at line 1, column 23: entries must be separated by commas");
        broken.put("{\"expectedVersion\": }", "the body is not valid JSON at line 1, column 21: a value is missing");
        broken.put(
                "{\"expectedVersion\": 1, \"expectedVersion\": 2}",
                "the body is not valid JSON at line 1, column 41: the field 'expectedVersion' appears more than once");
        broken.put(
                "{\"expectedVersion\": tru}",
                "the body is not valid JSON at line 1, column 21: a value must be a string in double quotes, a"
                        + " number, an object, an array, true, false or null");
        broken.put(
                "{\"expectedVersion\": 1]",
                "the body is not valid JSON at line 1, column 22: a closing bracket or brace has no opening one to"
                        + " match");

        assertThat(broken).allSatisfy((body, detail) -> {
            Response response = client.post(Appointments.path(appointment, "release-lock"), alice.token(), body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.problemType()).as(body).isEqualTo("malformed-json");
            assertThat(response.json().path("detail").asText()).as(body).isEqualTo(detail);
            assertThat(response.body()).as(body).doesNotContain(JACKSON_WORDS);
        });
    }

    @Test
    void brokenJsonInsideAnArrayOrATextValueIsDescribedToo() {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("{\"title\": \"T\", \"attendees\": [\"a\", NaN]}", "NaN and Infinity are not JSON numbers");
        broken.put("{\"title\": \"T\", \"attendees\": [\"a\",]}", "a value is missing");
        broken.put("{\"title\": \"T\", \"attendees\": [\"a\" \"b\"]}", "entries must be separated by commas");
        broken.put(
                "{\"title\": \"line\nbreak\"}",
                "a text value holds a control character, such as a line break, that must be escaped");
        broken.put("{\"title\": \"\\q\"}", "a text value holds a backslash escape that JSON does not have");
        broken.put("{\"title\": \"open", "it ends inside a text value, whose closing double quote is missing");

        assertThat(broken).allSatisfy((body, reason) -> {
            Response response = client.post("/api/v1/appointments", alice.token(), body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.problemType()).as(body).isEqualTo("malformed-json");
            assertThat(response.json().path("detail").asText())
                    .as(body)
                    .startsWith("the body is not valid JSON at line ")
                    .endsWith(": " + reason);
            assertThat(response.body()).as(body).doesNotContain(JACKSON_WORDS);
        });
    }

    @Test
    void everyRouteThatReadsABodyAnswersTheSameWay() {
        List<String> routes = List.of(
                "/api/v1/auth/signup",
                "/api/v1/auth/signin",
                "/api/v1/appointments",
                Appointments.path(appointment, "acquire-lock"),
                Appointments.path(appointment, "heartbeat"),
                Appointments.path(appointment, "release-lock"),
                Appointments.path(appointment, "force-release-lock"),
                Appointments.path(appointment, "admin-takeover"),
                "/api/v1/admin/cleanup-history");

        assertThat(routes).allSatisfy(route -> {
            Response response = client.post(route, admin.token(), "{\"a\": NaN");
            assertThat(response.status()).as(route).isEqualTo(400);
            assertThat(response.json().path("detail").asText())
                    .as(route)
                    .isEqualTo(
                            "the body is not valid JSON at line 1, column 10: NaN and Infinity are not JSON numbers");
        });
    }

    @Test
    void jsonOverTheReadingLimitsSaysWhichLimit() {
        Map<String, String> tooMuch = new LinkedHashMap<>();
        tooMuch.put(
                "{\"x\": " + "{\"a\": ".repeat(1_500) + "1" + "}".repeat(1_501), "the JSON nests too deeply to read");
        tooMuch.put(
                "{\"expectedVersion\": " + "1".repeat(2_000) + "}", "a number in the body has too many digits to read");

        assertThat(tooMuch).allSatisfy((body, detail) -> {
            Response response = client.post(Appointments.path(appointment, "acquire-lock"), alice.token(), body);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.problemType()).isEqualTo("malformed-json");
            assertThat(response.json().path("detail").asText()).isEqualTo(detail);
        });
    }

    @Test
    void oneObjectFollowedByMoreIsNamedAsSuch() {
        Map<String, String> trailing = new LinkedHashMap<>();
        trailing.put("{\"title\": \"x\"} 5", "at line 1, column 16");
        trailing.put("{\"title\": \"x\"} {}", "at line 1, column 16");
        trailing.put("{\"title\": \"x\"}\n\n  x", "at line 3, column 3");
        trailing.put("{\"title\": \"x\"}]", "at line 1, column 15");

        assertThat(trailing).allSatisfy((body, where) -> {
            Response response = client.post("/api/v1/appointments", alice.token(), body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.problemType()).as(body).isEqualTo("malformed-json");
            assertThat(response.json().path("detail").asText())
                    .as(body)
                    .isEqualTo("the body must be one JSON object; found more after it " + where);
        });
    }

    @Test
    void aBodyThatIsValidJsonButNoObjectSaysWhatItIs() {
        Map<String, String> notObjects = new LinkedHashMap<>();
        notObjects.put("[1, 2]", "an array");
        notObjects.put("\"text\"", "a string");
        notObjects.put("5", "a number");
        notObjects.put("true", "true");
        notObjects.put("null", "null");

        assertThat(notObjects).allSatisfy((body, kind) -> {
            Response response = client.post(Appointments.path(appointment, "heartbeat"), alice.token(), body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.problemType()).as(body).isEqualTo("invalid-request");
            assertThat(response.json().path("detail").asText())
                    .as(body)
                    .isEqualTo("the body must be a JSON object, not " + kind);
        });
    }
}
