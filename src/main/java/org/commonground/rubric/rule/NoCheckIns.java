package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Until recurring check-ins are recorded, there are none: the rule scores 0 and says what it waits for. */
@Component
class NoCheckIns implements CheckInRecords {

    @Override
    public boolean recorded() {
        return false;
    }

    @Override
    public List<CheckIn> occurrences(LocalDate after, LocalDate upTo) {
        return List.of();
    }
}
