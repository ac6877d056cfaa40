package org.commonground.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Names of partner organizations by id, for a feature that shows them but sits below the partner feature (user
 * administration names each partner user's organization). The partner feature provides it.
 */
public interface OrganizationNames {

    /** Names of the given organizations; ids that do not exist are left out. */
    Map<Long, String> namesOf(Collection<Long> ids);
}
