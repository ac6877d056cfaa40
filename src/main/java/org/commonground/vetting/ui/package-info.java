/** Views of the vetting feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.vetting.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
