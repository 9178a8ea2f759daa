package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code users} row as the account, user and password hash together. */
final class UserAccountMapper implements RowMapper<UserAccount> {

    @Override
    public UserAccount map(ResultSet row, StatementContext context) throws SQLException {
        User user = new User(
                new UserId(row.getObject("id", UUID.class)),
                row.getString("email"),
                row.getString("name"),
                Role.valueOf(row.getString("role").toUpperCase(Locale.ROOT)),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
        return new UserAccount(user, row.getString("password_hash"));
    }
}
