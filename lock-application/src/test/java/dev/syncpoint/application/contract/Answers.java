package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the sealed answers of the ports: asserts which variant came back and hands it over typed. */
public final class Answers {

    private Answers() {}

    public static <T> T expect(Class<T> variant, Object answer) {
        assertThat(answer).as("the store's answer").isInstanceOf(variant);
        return variant.cast(answer);
    }
}
