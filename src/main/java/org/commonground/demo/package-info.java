/**
 * The demo library loaded on a first start when demo data is on. Types are non-null unless marked {@code
 * @Nullable}.
 */
@NullMarked
package org.commonground.demo;

import org.jspecify.annotations.NullMarked;
