/**
 * The few things every feature uses: base entity, errors, settings, record changes, CSV export. Types are non-null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.shared;

import org.jspecify.annotations.NullMarked;
