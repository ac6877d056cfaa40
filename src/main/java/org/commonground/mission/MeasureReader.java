package org.commonground.mission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A mission's measures with their measurements and progress: the mission page and the partner portal show them. */
@Component
class MeasureReader {

    private final MeasureRepository measures;
    private final MeasurementRepository measurements;

    MeasureReader(MeasureRepository measures, MeasurementRepository measurements) {
        this.measures = measures;
        this.measurements = measurements;
    }

    List<MeasureDetails> of(long missionId) {
        List<EvaluationMeasure> list = measures.findByMissionIdOrderById(missionId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MeasurementDetails>> byMeasure = new HashMap<>();
        measurements
                .findByMeasureIdInOrderByDateAscIdAsc(
                        list.stream().map(EvaluationMeasure::getId).toList())
                .forEach(x -> byMeasure
                        .computeIfAbsent(x.getMeasure().getId(), k -> new ArrayList<>())
                        .add(new MeasurementDetails(
                                x.getId(), x.getDate(), x.getValue(), x.getNote(), x.getVersion())));
        return list.stream()
                .map(m -> {
                    List<MeasurementDetails> values = List.copyOf(byMeasure.getOrDefault(m.getId(), List.of()));
                    return new MeasureDetails(
                            m.getId(),
                            m.getName(),
                            m.getUnit(),
                            m.getDirection(),
                            m.getTargetValue(),
                            m.getTargetDate(),
                            values,
                            Progress.of(m.getDirection(), m.getTargetValue(), m.getTargetDate(), values),
                            m.getVersion());
                })
                .toList();
    }
}
