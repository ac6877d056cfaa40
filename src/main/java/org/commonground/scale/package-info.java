/** The scale data generator for benchmarks. Types are non-null unless marked {@code @Nullable}. */
@NullMarked
package org.commonground.scale;

import org.jspecify.annotations.NullMarked;
