package dev.syncpoint.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentDetailsTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-10T09:00:00+01:00");
    private static final OffsetDateTime END = START.plusHours(1);

    @Test
    void acceptsTheRequiredFieldsAndFillsTheOptionalOnes() {
        Validated<AppointmentDetails> result =
                AppointmentDetails.validate("Dentist", null, START, END, null, null, null, null);

        AppointmentDetails details = ((Validated.Valid<AppointmentDetails>) result).value();
        assertThat(details.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(details.description()).isEmpty();
        assertThat(details.attendees()).isEmpty();
    }

    @Test
    void namesEveryProblemAtOnce() {
        Validated<AppointmentDetails> result =
                AppointmentDetails.validate(" ", null, END, START, null, "x".repeat(20_000), null, List.of(""));

        assertThat(((Validated.Invalid<AppointmentDetails>) result).violations())
                .extracting(Violation::field)
                .containsExactly("title", "location", "endDate", "attendees[0]");
    }

    @Test
    void refusesAStartThatIsNotBeforeTheEnd() {
        Validated<AppointmentDetails> result =
                AppointmentDetails.validate("Dentist", null, START, START, null, null, null, null);

        assertThat(((Validated.Invalid<AppointmentDetails>) result).violations())
                .containsExactly(new Violation("endDate", "startDate must be before endDate"));
    }

    @Test
    void allowsATitleOfExactlyTheLimitButNotOneMore() {
        String longest = "t".repeat(AppointmentDetails.MAX_TITLE);

        assertThat(AppointmentDetails.validate(longest, null, START, END, null, null, null, null))
                .isInstanceOf(Validated.Valid.class);
        assertThat(AppointmentDetails.validate(longest + "t", null, START, END, null, null, null, null))
                .isInstanceOf(Validated.Invalid.class);
    }

    @Test
    void cannotBeConstructedInAnInvalidState() {
        assertThatThrownBy(() -> new AppointmentDetails(null, "", START, END, null, "", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title is required");
    }

    @Test
    void comparesDatesAsInstantsAcrossOffsets() {
        OffsetDateTime sameInstantElsewhere = START.withOffsetSameInstant(java.time.ZoneOffset.ofHours(-5));

        Validated<AppointmentDetails> result =
                AppointmentDetails.validate("Call", null, START, sameInstantElsewhere, null, null, null, null);

        assertThat(result).isInstanceOf(Validated.Invalid.class);
    }

    @Test
    void refusesTheNulCharacterThatNoSqlStoreCanKeep() {
        Validated<AppointmentDetails> result =
                AppointmentDetails.validate("a\u0000b", "c\u0000", START, END, null, null, null, List.of("d\u0000"));

        assertThat(((Validated.Invalid<AppointmentDetails>) result).violations())
                .extracting(Violation::field)
                .containsExactly("title", "description", "attendees[0]");
    }

    @Test
    void refusesBrokenSurrogatesAndYearsNoStoreCanKeep() {
        OffsetDateTime farFuture = OffsetDateTime.parse("+10000-01-01T00:00:00Z");

        Validated<AppointmentDetails> result =
                AppointmentDetails.validate("half \uD83D", null, START, farFuture, null, "\uDE00", null, null);

        assertThat(((Validated.Invalid<AppointmentDetails>) result).violations())
                .extracting(Violation::field)
                .containsExactly("title", "location", "endDate");
    }

    @Test
    void keepsWholeSurrogatePairsSuchAsEmoji() {
        assertThat(AppointmentDetails.validate("Party \uD83C\uDF89", null, START, END, null, null, null, null))
                .isInstanceOf(Validated.Valid.class);
    }
}
