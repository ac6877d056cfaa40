/** Views of the dataimport feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.dataimport.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
