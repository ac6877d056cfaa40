package org.commonground.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OccurrenceRepository extends JpaRepository<Occurrence, Long> {

    @Query("select o from Occurrence o where o.series.id = :seriesId and o.originalStart = :original")
    Optional<Occurrence> find(@Param("seriesId") long seriesId, @Param("original") LocalDateTime original);

    /**
     * The stored occurrences of these series that can matter in a period: those starting in it now, and
     * those whose original start is near it (local times: a day either side covers every zone).
     */
    @Query("""
            select o from Occurrence o
            where o.series.id in :seriesIds
              and ((o.startsAt >= :from and o.startsAt < :to) or o.originalStart between :localFrom and :localTo)""")
    List<Occurrence> near(
            @Param("seriesIds") Collection<Long> seriesIds,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("localFrom") LocalDateTime localFrom,
            @Param("localTo") LocalDateTime localTo);

    /** What a calendar file must say beyond the rule: moved occurrences (overrides) and cancelled ones (EXDATE). */
    @Query("""
            select o from Occurrence o
            where o.series.id in :seriesIds and (o.movedStart is not null
                or o.status = org.commonground.schedule.OccurrenceStatus.CANCELLED)
            order by o.series.id, o.originalStart""")
    List<Occurrence> exceptionsOf(@Param("seriesIds") Collection<Long> seriesIds);

    List<Occurrence> findBySeriesIdOrderByOriginalStart(long seriesId);

    @Query("select max(o.updatedAt) from Occurrence o where o.series.id in :seriesIds")
    @Nullable
    Instant lastChange(@Param("seriesIds") Collection<Long> seriesIds);

    @Query("select count(o) from Occurrence o where o.series.id in :seriesIds")
    long countOf(@Param("seriesIds") Collection<Long> seriesIds);

    void deleteBySeriesId(long seriesId);
}
