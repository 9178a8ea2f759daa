package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stores call on-demand SqlObjects inside {@link Transactions}; these tests pin that such calls run in
 * the unit of work's transaction, so a failure part-way leaves nothing behind (rule 12).
 */
class TransactionsTest {

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema();

    private Transactions transactions;
    private Slots slots;

    @BeforeEach
    void emptySchema() {
        SCHEMA.emptyStores();
        Jdbi jdbi = SCHEMA.schema().database().jdbi();
        transactions = new Transactions(jdbi);
        slots = jdbi.onDemand(Slots.class);
    }

    @Test
    void writesOfAUnitOfWorkThatFailsPartWayAreAllRolledBack() {
        assertThatThrownBy(() -> transactions.write("a failing change", () -> {
                    slots.add(UUID.randomUUID());
                    slots.add(UUID.randomUUID());
                    throw new IllegalStateException("fails after writing");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(slots.count()).isZero();
    }

    @Test
    void writesOfAUnitOfWorkThatReturnsAreCommittedTogether() {
        transactions.write("a change", () -> {
            slots.add(UUID.randomUUID());
            slots.add(UUID.randomUUID());
            return null;
        });

        assertThat(slots.count()).isEqualTo(2);
    }

    @Test
    void aWriteSeesItsOwnUncommittedRowsWhileOthersDoNot() {
        long[] seen = transactions.write("a change", () -> {
            slots.add(UUID.randomUUID());
            try (Handle other = SCHEMA.schema().database().jdbi().open()) {
                long fromOther = other.attach(Slots.class).count();
                return new long[] {slots.count(), fromOther};
            }
        });

        assertThat(seen).containsExactly(1, 0);
    }

    /** Statements for the tests alone. */
    interface Slots {

        @SqlUpdate("INSERT INTO lock_slots (appointment_id) VALUES (:id)")
        void add(@Bind("id") UUID id);

        @SqlQuery("SELECT count(*) FROM lock_slots")
        long count();
    }
}
