package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.UserAccount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements of {@link PostgresUserStore}. */
interface UserSql {

    /** Adds the account unless its id or email is taken; answers the rows added, 0 or 1. */
    @SqlUpdate("""
            INSERT INTO users (id, email, name, role, password_hash, created_at)
            VALUES (:id, :email, :name, :role, :passwordHash, :createdAt)
            ON CONFLICT DO NOTHING
            """)
    int add(
            @Bind("id") UUID id,
            @Bind("email") String email,
            @Bind("name") String name,
            @Bind("role") String role,
            @Bind("passwordHash") String passwordHash,
            @Bind("createdAt") Instant createdAt);

    @SqlQuery("""
            SELECT *
            FROM users
            WHERE email = :email
            """)
    Optional<UserAccount> findByEmail(@Bind("email") String email);

    @SqlQuery("""
            SELECT *
            FROM users
            WHERE id = :id
            """)
    Optional<UserAccount> findById(@Bind("id") UUID id);

    @SqlUpdate("""
            UPDATE users
            SET role = :role
            WHERE id = :id
            """)
    int changeRole(@Bind("id") UUID id, @Bind("role") String role);

    /** By email in code point order, as Java compares the lower-case emails, whatever the collation. */
    @SqlQuery("""
            SELECT *
            FROM users
            ORDER BY email COLLATE "C"
            LIMIT :limit
            OFFSET :offset
            """)
    List<UserAccount> list(@Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM users")
    long count();
}
