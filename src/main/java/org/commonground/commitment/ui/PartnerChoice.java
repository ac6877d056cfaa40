package org.commonground.commitment.ui;

/** A partner as a combo box item: equal by id, shown by name. */
record PartnerChoice(long id, String name) {}
