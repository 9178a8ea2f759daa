package dev.syncpoint.adapter.postgres;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to log: a password in the query string or in the authority is replaced. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

    private JdbcUrls() {}

    static String redact(String url) {
        String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutParameter).replaceAll("//$1:***@");
    }
}
