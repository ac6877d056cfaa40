package org.commonground.mission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<EvaluationMeasure, Long> {

    List<EvaluationMeasure> findByMissionIdOrderById(long missionId);
}
