package org.commonground.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules, one by one, with the message a person reads. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "river gauges flood early",
                "Tuesday-ledger-47-Kestrel",
                "my cat is ok",
                "élan vital über alles",
                "a kettle of hawks at dusk"
            })
    void long_passwords_and_passphrases_of_four_words_are_accepted(String password) {
        assertThat(policy.problem("tbrooks", password)).isEmpty();
    }

    @Test
    void shorter_than_12_characters_is_refused_unless_it_is_a_passphrase_of_four_words() {
        assertThat(policy.problem("tbrooks", "Kx9#mQ2$vL"))
                .hasValueSatisfying(
                        m -> assertThat(m).contains("at least 12 characters").contains("4 words"));
        assertThat(policy.problem("tbrooks", "a b c d e f"))
                .as("one-letter words are no passphrase")
                .isPresent();
        assertThat(policy.problem("tbrooks", "owls nap in oak"))
                .as("four words, 15 characters")
                .isEmpty();
        assertThat(policy.problem("tbrooks", "my cat is ok")).isEmpty();
        assertThat(policy.problem("tbrooks", "mycatisok")).isPresent();
    }

    @Test
    void the_user_name_is_refused_as_a_password_or_inside_one() {
        assertThat(policy.problem("tanya.brooks", "tanya.brooks"))
                .hasValue("The password must not be or contain your user name.");
        assertThat(policy.problem("tanya.brooks", "TanyaBrooks2026!!")).isPresent();
        assertThat(policy.problem("tanya.brooks", "skoorbaynat"))
                .as("backwards")
                .isPresent();
        assertThat(policy.problem("tanya.brooks", "river gauges flood early")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "passwordpassword",
                "Password12345!",
                "Sunshine2026!",
                "sun shine 1234567",
                "qwertyuiop123",
                "correct horse battery staple",
                "123456789012",
                "iloveyou1234",
                "CommonGround2026",
                "Maple Falls 2026",
                "LIBRARY#2026-2027"
            })
    void common_passwords_are_refused_even_with_digits_symbols_and_spaces_around_them(String password) {
        assertThat(policy.problem("someone", password))
                .hasValueSatisfying(m -> assertThat(m).contains("most common passwords"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaa", "abababababab", "zyxwvutsrqpo", "345678901234", "!!!!!!!!!!!!"})
    void runs_and_sequences_are_refused(String password) {
        assertThat(policy.problem("someone", password)).isPresent();
    }

    @Test
    void more_than_72_bytes_is_refused_because_bcrypt_would_cut_it() {
        String seventyTwo = "the heron waits at the weir while the river rises over the old mill dam.";
        assertThat(seventyTwo).hasSize(72);
        assertThat(policy.problem("someone", seventyTwo)).isEmpty();
        assertThat(policy.problem("someone", seventyTwo + "!"))
                .hasValueSatisfying(m -> assertThat(m).contains("too long"));
        assertThat(policy.problem(
                        "someone", "the heron waits at the weir while the river rises over the old mill dée."))
                .as("72 characters, 73 bytes")
                .isPresent();
    }

    @Test
    void one_word_said_again_is_refused() {
        assertThat(policy.problem("someone", "football football")).isPresent();
        assertThat(policy.problem("someone", "abc1abc1abc1")).isPresent();
        assertThat(policy.problem("someone", "")).hasValue("Choose a password.");
    }
}
