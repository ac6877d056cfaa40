/** Views of the security feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.security.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
