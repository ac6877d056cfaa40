package org.commonground.rubric;

/** A strand on the dashboard: its score now and some time before, and the change between. */
public record StrandCard(StrandDefinition strand, StrandScore now, StrandScore before) {

    public double change() {
        return Math.round((now.score() - before.score()) * 100) / 100.0;
    }
}
