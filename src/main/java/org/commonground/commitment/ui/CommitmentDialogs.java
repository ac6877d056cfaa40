package org.commonground.commitment.ui;

import com.vaadin.flow.function.SerializableConsumer;
import org.commonground.commitment.CommitmentService;
import org.commonground.partner.PartnerService;
import org.springframework.stereotype.Component;

/** Opens the commitment form from the list, a partner page or a commitment's page. */
@Component
public class CommitmentDialogs {

    private final CommitmentService commitments;
    private final PartnerService partners;

    CommitmentDialogs(CommitmentService commitments, PartnerService partners) {
        this.commitments = commitments;
        this.partners = partners;
    }

    /** A new commitment starting today, optionally with its partner chosen. */
    public void recordNew(Long partnerId, SerializableConsumer<Long> onSaved) {
        new CommitmentDialog(commitments, partners, commitments.newForm(partnerId), null, onSaved).open();
    }

    /** A new commitment serving a shared mission. */
    public void recordForMission(long missionId, Long partnerId, SerializableConsumer<Long> onSaved) {
        var form = commitments.newForm(partnerId);
        form.setMissionId(missionId);
        new CommitmentDialog(commitments, partners, form, null, onSaved).open();
    }

    public void edit(long commitmentId, SerializableConsumer<Long> onSaved) {
        new CommitmentDialog(commitments, partners, commitments.formFor(commitmentId), commitmentId, onSaved).open();
    }
}
