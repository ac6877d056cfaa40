package org.commonground.rubric;

import java.util.List;

/** An area of the rubric (Community Engagement and Building Relationships; Community Member Experience). */
public record AreaDefinition(String key, String title, List<StrandDefinition> strands) {

    public AreaDefinition {
        strands = List.copyOf(strands);
    }
}
