/**
 * Commitments between the library and its partners, their lifecycle, notes and balance. Types are non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.commitment;

import org.jspecify.annotations.NullMarked;
