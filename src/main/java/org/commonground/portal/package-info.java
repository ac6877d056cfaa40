/**
 * The partner portal: invitations and what a partner user sees of its own organization. Types are non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.portal;

import org.jspecify.annotations.NullMarked;
