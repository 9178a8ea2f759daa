package dev.syncpoint.bootstrap;

import java.util.List;

/** The environment does not describe a server that can start; the message says what to set. */
public final class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("SyncPoint cannot start:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
