package org.commonground.mission;

import java.time.LocalDate;
import java.util.Set;

/** An adopted mission as the rubric's evidence rules read it. */
public record AdoptedMission(long id, long issueId, LocalDate adoptionDate, Set<Long> signatoryPartnerIds) {}
