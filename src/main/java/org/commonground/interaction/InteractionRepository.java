package org.commonground.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionRepository extends JpaRepository<Interaction, Long>, JpaSpecificationExecutor<Interaction> {

    @Query("""
            select max(i.occurredAt) from Interaction i join i.partnerIds p
            where p = :partnerId and i.occurredAt <= :now""")
    Optional<Instant> lastContact(@Param("partnerId") long partnerId, @Param("now") Instant now);

    /** For each of these partners: its id, its last contact up to now (or null) and its first day of contact. */
    @Query("""
            select p, max(case when i.occurredAt <= :now then i.occurredAt else null end), min(i.occurredOn)
            from Interaction i join i.partnerIds p where p in :partnerIds group by p""")
    List<Object[]> contacts(@Param("partnerIds") Collection<Long> partnerIds, @Param("now") Instant now);

    @Query("select min(i.occurredOn) from Interaction i join i.partnerIds p where p = :partnerId")
    Optional<LocalDate> firstContact(@Param("partnerId") long partnerId);

    /** A partner's timeline, newest first; driven by the partner index of interaction_partner. */
    @Query("""
            select i from Interaction i join i.partnerIds p
            where p = :partnerId
              and (:kind is null or i.kind = :kind)
              and (:issueId is null or :issueId member of i.issueIds)
              and (:theme is null or :theme member of i.themes)
            order by i.occurredAt desc, i.id desc""")
    List<Interaction> timeline(
            @Param("partnerId") long partnerId,
            @Param("kind") @Nullable InteractionKind kind,
            @Param("issueId") @Nullable Long issueId,
            @Param("theme") @Nullable Theme theme,
            Pageable pageable);

    /** Interactions tagged with a shared mission, newest first; driven by the mission index of interaction_mission. */
    @Query("""
            select i from Interaction i join i.missionIds m
            where m = :missionId
            order by i.occurredAt desc, i.id desc""")
    List<Interaction> taggedWith(@Param("missionId") long missionId, Pageable pageable);

    @Query("select count(i) from Interaction i join i.missionIds m where m = :missionId")
    long countTaggedWith(@Param("missionId") long missionId);

    /**
     * How many index entries lie in [from, to) — the words starting with a prefix — counting no further than
     * {@code cap}. A range, not {@code like}: H2 reads an index range for it, where it scanned every entry
     * for a bound {@code like} pattern. Only steers the search's plan, so collation edge cases do no harm.
     */
    @Query(value = """
            select count(*) from (select 1 from interaction_term where term >= :from and term < :to
            fetch first :cap rows only) entries""", nativeQuery = true)
    long countTermsBetween(@Param("from") String from, @Param("to") String to, @Param("cap") int cap);

    /**
     * The interactions with a partner that staff marked as shared with partners, whose notes contain the text
     * (lower case; null for any), newest first.
     */
    @Query("""
            select i from Interaction i join i.partnerIds p
            where p = :partnerId and i.sharedWithPartners = true
              and (:text is null or lower(i.notes) like :text escape '\\')
            order by i.occurredAt desc, i.id desc""")
    List<Interaction> sharedWith(
            @Param("partnerId") long partnerId, @Param("text") @Nullable String text, Pageable page);

    /** One interaction, only if it is shared with the partner. */
    @Query("""
            select i from Interaction i join i.partnerIds p
            where i.id = :id and p = :partnerId and i.sharedWithPartners = true""")
    Optional<Interaction> findSharedWith(@Param("id") long id, @Param("partnerId") long partnerId);
}
