/**
 * The partner directory: partners, contacts and their relationship owner. Types are non-null unless marked {@code
 * @Nullable}.
 */
@NullMarked
package org.commonground.partner;

import org.jspecify.annotations.NullMarked;
