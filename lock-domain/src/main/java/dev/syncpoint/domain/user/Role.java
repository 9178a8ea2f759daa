package dev.syncpoint.domain.user;

/** What a user may do beyond editing: only admins force-release and take over locks. */
public enum Role {
    USER,
    ADMIN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
