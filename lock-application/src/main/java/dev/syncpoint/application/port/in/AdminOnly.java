package dev.syncpoint.application.port.in;

/** The answer to something only admins may do or see. */
public sealed interface AdminOnly<T> {

    record Allowed<T>(T value) implements AdminOnly<T> {}

    record Refused<T>() implements AdminOnly<T> {}
}
