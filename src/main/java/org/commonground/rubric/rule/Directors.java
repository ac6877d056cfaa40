package org.commonground.rubric.rule;

import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.security.Role;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.springframework.stereotype.Component;

/** The library's directors, for rules that ask whether "the director" took part. */
@Component
class Directors {

    private final UserAccountService accounts;

    Directors(UserAccountService accounts) {
        this.accounts = accounts;
    }

    Set<Long> ids() {
        return accounts.libraryStaff().stream().filter(s -> s.role() == Role.DIRECTOR).map(StaffMember::id)
                .collect(Collectors.toSet());
    }
}
