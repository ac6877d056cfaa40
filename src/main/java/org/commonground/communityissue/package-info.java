/**
 * The science-based community issues the library works on, with their priority. Types are non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package org.commonground.communityissue;

import org.jspecify.annotations.NullMarked;
