/**
 * The derived STEM-equity rubric: definition, evidence rules, scores, attestations and the report. Types are
 * non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.rubric;

import org.jspecify.annotations.NullMarked;
