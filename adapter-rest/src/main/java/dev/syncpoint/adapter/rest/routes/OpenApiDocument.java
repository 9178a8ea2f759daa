package dev.syncpoint.adapter.rest.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The hand-written OpenAPI document, kept as YAML in the jar and served both as it is and as JSON. It is
 * read once at startup, so a broken document stops the server rather than a client.
 */
final class OpenApiDocument {

    static final String RESOURCE = "/openapi/syncpoint.yaml";

    private final String yaml;
    private final byte[] json;

    private OpenApiDocument(String yaml, byte[] json) {
        this.yaml = yaml;
        this.json = json;
    }

    static OpenApiDocument load(ObjectMapper jsonMapper) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode tree = new YAMLMapper().readTree(yaml);
            return new OpenApiDocument(yaml, jsonMapper.writeValueAsBytes(tree));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the OpenAPI document " + RESOURCE + " cannot be read", unreadable);
        }
    }

    String yaml() {
        return yaml;
    }

    byte[] json() {
        return json.clone();
    }
}
