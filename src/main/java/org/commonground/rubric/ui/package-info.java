/** Views of the rubric feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.rubric.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
