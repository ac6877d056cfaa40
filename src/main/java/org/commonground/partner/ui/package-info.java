/** Views of the partner feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.partner.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
