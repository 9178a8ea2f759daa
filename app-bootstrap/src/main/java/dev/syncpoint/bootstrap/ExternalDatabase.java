package dev.syncpoint.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A PostgreSQL server the operator named, by {@code DATABASE_URL} or the {@code DB_*} variables. The
 * password stays out of {@link #toString()}, so the value can be logged.
 */
record ExternalDatabase(String jdbcUrl, String user, String password) {

    static final int DEFAULT_PORT = 5432;

    ExternalDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads {@code postgres://user:password@host:port/name} (or {@code postgresql://}), the form hosting
     * platforms hand out, or a JDBC URL {@code jdbc:postgresql://host:port/name?user=…} as it is. User and
     * password may be percent-encoded; empty when the text is neither form.
     */
    static Optional<ExternalDatabase> fromUrl(String text) {
        String url = text.strip();
        if (url.startsWith("jdbc:postgresql://")) {
            return Optional.of(new ExternalDatabase(url, "", ""));
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            return Optional.empty();
        }
        try {
            return fromUri(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static ExternalDatabase fromParts(String host, int port, String name, String user, String password) {
        return new ExternalDatabase("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    private static Optional<ExternalDatabase> fromUri(URI uri) {
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            return Optional.empty();
        }
        String[] userInfo = Optional.ofNullable(uri.getRawUserInfo()).orElse("").split(":", 2);
        String user = decode(userInfo[0]);
        String password = userInfo.length > 1 ? decode(userInfo[1]) : "";
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
        return Optional.of(new ExternalDatabase(jdbc, user, password));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String shown = jdbcUrl.replaceAll("(?i)([?&;](ssl)?password=)[^&;]*", "$1***");
        return "ExternalDatabase[" + shown + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
