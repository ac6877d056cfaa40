/**
 * CSV import of partners, contacts and interactions: read, map, preview, all or nothing. Types are non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.dataimport;

import org.jspecify.annotations.NullMarked;
