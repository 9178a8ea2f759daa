package dev.syncpoint.adapter.rest;

/** A signed-in test user: their bearer token and who they are. */
record Caller(String token, String id, String name, String email) {}
