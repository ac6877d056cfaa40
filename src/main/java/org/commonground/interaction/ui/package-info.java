/** Views of the interaction feature. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.interaction.ui;

import org.jspecify.annotations.NullMarked;
