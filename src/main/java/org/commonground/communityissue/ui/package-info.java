/** Views of the communityissue feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.communityissue.ui;

import org.jspecify.annotations.NullMarked;
