package dev.syncpoint.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** What the server answered, with the body read as JSON on demand. */
record Response(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the body is not JSON: " + body, e);
        }
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }

    /** The problem type's slug, from {@code urn:syncpoint:problem:<slug>}. */
    String problemType() {
        String type = json().path("type").asText();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
