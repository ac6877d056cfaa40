package org.commonground.mission.ui;

import com.vaadin.flow.component.Component;
import org.commonground.mission.MissionDetails;

/**
 * A section other features add to the mission page (the interactions tagged with the mission now;
 * commitments later), so the mission feature does not depend on them. Spring beans, shown by order.
 */
public interface MissionPageSection {

    int order();

    Component render(MissionDetails mission);
}
