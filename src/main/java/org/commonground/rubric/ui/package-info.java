/** Views of the rubric feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.rubric.ui;

import org.jspecify.annotations.NullMarked;
