package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;

/**
 * A section of a partner user's portal page: commitments (10), shared missions (20), what the library logged
 * with them (40); check-ins take 30. Spring beans, shown in order, so a feature adds its part without the
 * portal depending on it. A section reads only through its feature's partner-scoped service, which filters by
 * the caller's organization.
 */
public interface PortalSection {

    int order();

    /**
     * @param search what the partner typed in the portal's search box, blank for everything; a section
     *               shows what matches, and says so when nothing does
     */
    Component render(String search);
}
