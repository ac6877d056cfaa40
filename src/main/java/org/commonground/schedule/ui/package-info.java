/** Views of the schedule feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.schedule.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
