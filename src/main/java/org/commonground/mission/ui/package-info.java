/** Views of the mission feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.mission.ui;

import org.jspecify.annotations.NullMarked;
