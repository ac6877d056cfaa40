/**
 * The few things every feature uses: base entity, errors, settings, record changes, CSV export. Types are non-null
 * unless marked {@code @Nullable}.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.commonground.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
