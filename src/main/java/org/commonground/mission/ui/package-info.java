/** Views of the mission feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.mission.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
