package org.commonground.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A record's feature is the package it lives in; a change outside a transaction counts at once. */
class RecordChangesTest {

    @Test
    void a_record_belongs_to_the_feature_of_its_package_and_only_that_feature_moves_on() {
        assertThat(RecordChanges.featureOf("org.commonground.interaction.Interaction")).isEqualTo("interaction");
        assertThat(RecordChanges.featureOf("org.commonground.interaction.Interaction$HibernateProxy$x"))
                .isEqualTo("interaction");
        RecordChanges changes = new RecordChanges();
        var before = changes.generations(Set.of("interaction", "shared"));
        changes.touched(new Sample());
        var after = changes.generations(Set.of("interaction", "shared"));
        assertThat(after.get("interaction")).isEqualTo(before.get("interaction"));
        assertThat(after.get("shared")).isEqualTo(before.get("shared") + 1);
    }

    static final class Sample {
    }
}
