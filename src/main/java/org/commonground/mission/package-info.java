/**
 * Shared missions with their signatories, evaluation measures and measurements. Types are non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package org.commonground.mission;

import org.jspecify.annotations.NullMarked;
