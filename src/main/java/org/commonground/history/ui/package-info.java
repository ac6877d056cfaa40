/** Views of the history feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.history.ui;

import org.jspecify.annotations.NullMarked;
