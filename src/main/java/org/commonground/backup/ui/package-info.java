/** Views of the backup feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.backup.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
