/**
 * Interactions (meetings, calls, reviews…) with their follow-ups, timelines and notes search. Types are non-null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.interaction;

import org.jspecify.annotations.NullMarked;
