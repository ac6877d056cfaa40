/** Views of the interaction feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.interaction.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
