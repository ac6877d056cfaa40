package org.commonground.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commonground.shared.InvalidInputException;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@DataTest
class AccountDataTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_first_start_on_an_empty_database_created_an_administrator_who_must_change_the_password() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("admin");
    }

    @Test
    void passwords_are_stored_as_adaptive_hashes_and_names_match_whatever_the_case() {
        accounts.createAccount("Robin.Case", "Robin Case", Role.STAFF, "a long enough secret", null, false);

        assertThat(users.findByUsername("robin.case").orElseThrow().getPasswordHash())
                .startsWith("{bcrypt}$2");
        assertThat(accounts.loadUserByUsername("ROBIN.CASE").getUsername()).isEqualTo("robin.case");
        assertThatThrownBy(() -> accounts.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void a_partner_user_must_belong_to_an_organization() {
        assertThatThrownBy(() -> accounts.createAccount("loner", "Loner", Role.PARTNER, "whatever secret", null, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("partner organization");
    }

    @Test
    @WithMockUser(username = "pw.changer", roles = "STAFF")
    void changing_ones_password_checks_the_current_one_and_the_rules() {
        accounts.createAccount("pw.changer", "Pat Changer", Role.STAFF, "first password 1", null, true);

        assertThatThrownBy(
                        () -> accounts.changeOwnPassword("wrong", "a brand new passphrase", "a brand new passphrase"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages())
                                .containsEntry("currentPassword", "The current password is not correct."));
        assertThatThrownBy(() -> accounts.changeOwnPassword("first password 1", "short", "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("newPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("first password 1", "a brand new passphrase", "typo"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("repeatedPassword"));
        assertThat(accounts.currentUserMustChangePassword()).isTrue();

        accounts.changeOwnPassword("first password 1", "a brand new passphrase", "a brand new passphrase");

        UserAccount changed = users.findByUsername("pw.changer").orElseThrow();
        assertThat(encoder.matches("a brand new passphrase", changed.getPasswordHash()))
                .isTrue();
        assertThat(accounts.currentUserMustChangePassword()).isFalse();
    }
}
