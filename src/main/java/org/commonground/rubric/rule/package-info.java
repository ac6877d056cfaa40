/**
 * The evidence rules: named, parameterized computations from records to a fraction and its evidence. Types are
 * non-null unless marked {@code @Nullable}.
 */
@NullMarked
@NamedInterface("rule")
package org.commonground.rubric.rule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
