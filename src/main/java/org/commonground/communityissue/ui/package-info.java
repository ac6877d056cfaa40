/** Views of the communityissue feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
@NamedInterface("ui")
package org.commonground.communityissue.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
