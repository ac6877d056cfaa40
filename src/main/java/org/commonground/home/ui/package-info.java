/** Views of the home feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.home.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
