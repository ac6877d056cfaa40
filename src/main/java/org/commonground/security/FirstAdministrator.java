package org.commonground.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start against an empty database (no demo data), creates one administrator with a
 * random password, printed once to the log; the password must be changed at first sign-in.
 * Runs after the demo data loader, which creates its own accounts when it is on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountService accounts;

    FirstAdministrator(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyUser()) {
            return;
        }
        String password = randomPassword();
        accounts.createAccount("admin", "Administrator", Role.ADMIN, password, null, true);
        log.warn("""

                ================================================================
                 Common Ground: first start on an empty database.
                 An administrator account was created:
                   user name: admin
                   password:  {}
                 This password is shown only this once; you must change it at first sign-in.
                ================================================================""", password);
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
