package org.commonground.rubric;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorSettingRepository extends JpaRepository<IndicatorSetting, Long> {

    List<IndicatorSetting> findAllByOrderByEffectiveFromAscIdAsc();

    List<IndicatorSetting> findByIndicatorKeyOrderByEffectiveFromDescIdDesc(String indicatorKey);
}
