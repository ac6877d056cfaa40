/**
 * The full backup (a ZIP of every table as CSV) and its restore into an empty instance. Types are non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.backup;

import org.jspecify.annotations.NullMarked;
