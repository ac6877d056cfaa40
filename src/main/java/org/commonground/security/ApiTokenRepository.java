package org.commonground.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

    /** A bulk update: using a token is not an edit of it (no version change, no stale list). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(@Param("id") long id, @Param("at") Instant at);
}
