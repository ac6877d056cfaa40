package org.commonground.mission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByMeasureIdInOrderByDateAscIdAsc(Collection<Long> measureIds);

    @Query("select min(x.date) from Measurement x where x.measure.mission.id = :missionId")
    Optional<LocalDate> firstDate(@Param("missionId") long missionId);

    /** Pairs of measure id and how many measurements it has. */
    @Query("""
            select x.measure.id, count(x) from Measurement x
            where x.measure.mission.id = :missionId group by x.measure.id""")
    List<Object[]> countsByMeasure(@Param("missionId") long missionId);
}
