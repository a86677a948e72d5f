package id.go.bartim.pelatihan.disnaker.participant;

import java.util.UUID;

/**
 * What the retention rule ({@link RetentionRules#due}) needs to know of a participant, as {@link ParticipantStore}
 * loads it.
 *
 * @param lastYear the participant's last quota year (the latest year of their decisions); null when they have none
 */
public record RetentionFacts(UUID id, Integer lastYear, boolean anonymised) {
}
