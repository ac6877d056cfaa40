package org.commonground.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByRoleInAndEnabledTrueOrderByDisplayName(List<Role> roles);

    List<UserAccount> findByPartnerIdOrderByDisplayName(long partnerId);

    List<UserAccount> findAllByOrderByDisplayNameAscIdAsc();

    boolean existsByContactIdAndEnabledTrue(long contactId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedSignIns = u.failedSignIns + 1 where u.username = :username")
    int countFailedSignIn(@Param("username") String username);

    /** Locks the account once it has failed {@code max} times in a row, and starts counting afresh. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set u.lockedUntil = :until, u.failedSignIns = 0
            where u.username = :username and u.failedSignIns >= :max""")
    int lockIfFailedTooOften(@Param("username") String username, @Param("max") int max, @Param("until") Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set u.failedSignIns = 0, u.lockedUntil = null, u.lastSignInAt = :now
            where u.username = :username""")
    int recordSignIn(@Param("username") String username, @Param("now") Instant now);
}
