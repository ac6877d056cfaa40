/** Views of the portal feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.portal.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
