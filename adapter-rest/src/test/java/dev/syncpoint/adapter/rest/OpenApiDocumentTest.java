package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI document and the running server describe the same routes and the same problem types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "delete", "patch");
    private static final String SOME_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final JsonNode document = client.get("/api/v1/openapi.json", null).json();

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theDocumentIsServedAsJsonAndAsTheSameYaml() throws Exception {
        Response yaml = client.get("/api/v1/openapi.yaml", null);

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(new YAMLMapper().readTree(yaml.body())).isEqualTo(document);
        assertThat(document.path("openapi").asText()).startsWith("3.1");
    }

    @Test
    void theDocumentIsValidOpenApi() {
        String yaml = client.get("/api/v1/openapi.yaml", null).body();

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, new ParseOptions());

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).hasSize(27);
    }

    @Test
    void everyRouteOfTheServerIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> served = server.api().javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod() && !HandlerType.OPTIONS.equals(endpoint.method))
                .map(OpenApiDocumentTest::operation)
                .collect(Collectors.toSet());

        assertThat(served).hasSize(31).isEqualTo(documentedOperations());
    }

    @Test
    void everyDocumentedRouteAnswersOverHttpAndOnlyThePublicOnesWithoutAToken() {
        for (String operation : documentedOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            String concrete = path.replace("{id}", SOME_ID).replace("{requestId}", SOME_ID);

            Response response =
                    client.send(client.request(concrete, null).method(method, HttpRequest.BodyPublishers.noBody()));

            assertThat(response.status()).as(operation).isNotIn(404, 405);
            if (isPublic(path, method)) {
                assertThat(response.status()).as(operation).isNotEqualTo(401);
            } else {
                assertThat(response.status()).as(operation).isEqualTo(401);
            }
        }
    }

    @Test
    void theProblemSchemaListsExactlyTheProblemTypesTheServerUses() {
        JsonNode listed = document.at("/components/schemas/Problem/properties/type/enum");

        Set<String> documented = StreamSupport.stream(listed.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toSet());
        Set<String> used =
                Arrays.stream(ProblemType.values()).map(ProblemType::uri).collect(Collectors.toSet());

        assertThat(documented).isEqualTo(used);
    }

    @Test
    void everyReferenceInTheDocumentResolves() {
        Set<String> references = new HashSet<>();
        collectReferences(document, references);

        assertThat(references)
                .isNotEmpty()
                .allSatisfy(reference -> assertThat(
                                document.at(reference.substring(1)).isMissingNode())
                        .as(reference)
                        .isFalse());
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> item : path.getValue().properties()) {
                if (METHODS.contains(item.getKey())) {
                    operations.add(item.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private boolean isPublic(String path, String method) {
        JsonNode security = document.path("paths")
                .path(path)
                .path(method.toLowerCase(Locale.ROOT))
                .path("security");
        return security.isArray() && security.isEmpty();
    }

    private static String operation(Endpoint endpoint) {
        return endpoint.method.name() + " " + endpoint.path;
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
