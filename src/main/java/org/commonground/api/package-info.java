/**
 * The read API under /api/v1: JSON over the feature services, as the token's owner. Types are non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.api;

import org.jspecify.annotations.NullMarked;
