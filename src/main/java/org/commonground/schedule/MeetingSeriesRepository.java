package org.commonground.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

    /** Series with an occurrence that may start in [from, to): started before its end, not ended before its start. */
    @Query("""
            select s from MeetingSeries s
            where s.firstStartAt < :to and (s.endsAt is null or s.endsAt >= :from)
            order by s.id""")
    List<MeetingSeries> overlapping(@Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select s from MeetingSeries s
            where s.organizerId = :userId
               or exists (select 1 from MeetingSeries i join i.staffIds x where i = s and x = :userId)
            order by s.id""")
    List<MeetingSeries> organizedOrAttendedBy(@Param("userId") long userId);

    @Query("""
            select s from MeetingSeries s
            where exists (select 1 from MeetingSeries i join i.partnerIds p where i = s and p = :partnerId)
            order by s.firstStartAt desc, s.id""")
    List<MeetingSeries> withPartner(@Param("partnerId") long partnerId);

    boolean existsByUid(String uid);

    Optional<MeetingSeries> findByUid(String uid);
}
