/** Views of the schedule feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.schedule.ui;

import org.jspecify.annotations.NullMarked;
