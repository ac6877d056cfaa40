/** Views of the history feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.history.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
