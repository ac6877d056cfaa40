/**
 * Audit history (Envers) shown as readable before/after entries. Types are non-null unless marked {@code
 * @Nullable}.
 */
@NullMarked
package org.commonground.history;

import org.jspecify.annotations.NullMarked;
