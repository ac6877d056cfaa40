/** Views of the commitment feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.commitment.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
