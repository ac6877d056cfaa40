/** Vetting criteria and the vetting of partners against them. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.vetting;

import org.jspecify.annotations.NullMarked;
