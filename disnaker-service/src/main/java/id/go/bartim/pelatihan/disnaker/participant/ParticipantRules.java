package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.contract.enrollment.EnrollmentRequested;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who an enrollment request is about (SPEC 4, 9), as a function over the people already known by its NIK or its
 * partner's reference. The partner knows its own person best, so a correction made at the rutan travels: the person
 * known by {@code (partnerCode, partnerRef)} takes the request's data. The unique NIK index is the backstop.
 */
public final class ParticipantRules {

    /** The names a correction's audit line lists, in this order (never the values, SPEC 9). */
    static final String NIK = "nik";
    static final String FULL_NAME = "fullName";
    static final String BIRTH_DATE = "birthDate";
    static final String SEX = "sex";
    static final String EDUCATION_LEVEL = "educationLevel";

    private ParticipantRules() {
    }

    /** What a request's participant turned out to be. */
    public sealed interface Identity {

        /** Nobody is known by either key: a new participant. */
        record NewParticipant() implements Identity {
        }

        /**
         * A known person; {@code nik} is the one they keep (the request's, else the one known), {@code changedFields}
         * the fields the request changes (empty when it changes nothing).
         */
        record Known(UUID id, String nik, List<String> changedFields) implements Identity {
        }

        /** The request's NIK belongs to {@code otherParticipantId}, not to the person its reference names. */
        record Conflict(UUID participantId, UUID otherParticipantId) implements Identity {
        }
    }

    /**
     * The person known by the request's partner key is the one the request is about; if the request's NIK is held by
     * another participant, that is a conflict. Without a row for the partner key, the person with the NIK (SPEC 4),
     * else a new participant. {@code candidates} are the people with the NIK or the partner key.
     */
    public static Identity identify(List<ParticipantStore.Known> candidates, String partnerCode,
                                    EnrollmentRequested.Participant request) {
        String nik = request.nik();
        Optional<ParticipantStore.Known> byRef = candidates.stream()
                .filter(k -> partnerCode.equals(k.partnerCode())
                        && Objects.equals(request.partnerRef(), k.partnerRef()))
                .findFirst();
        Optional<ParticipantStore.Known> byNik = nik == null
                ? Optional.empty() : candidates.stream().filter(k -> nik.equals(k.nik())).findFirst();
        if (byRef.isPresent() && byNik.isPresent() && !byNik.get().id().equals(byRef.get().id())) {
            return new Identity.Conflict(byRef.get().id(), byNik.get().id());
        }
        return byRef.or(() -> byNik)
                .<Identity>map(known -> new Identity.Known(known.id(), nik == null ? known.nik() : nik,
                        changedFields(known, request)))
                .orElseGet(Identity.NewParticipant::new);
    }

    /** The fields whose value the request changes; a request without a NIK never erases a known one. */
    static List<String> changedFields(ParticipantStore.Known known, EnrollmentRequested.Participant request) {
        List<String> changed = new ArrayList<>();
        if (request.nik() != null && !request.nik().equals(known.nik())) {
            changed.add(NIK);
        }
        if (!Objects.equals(request.fullName(), known.fullName())) {
            changed.add(FULL_NAME);
        }
        if (!Objects.equals(request.birthDate(), known.birthDate())) {
            changed.add(BIRTH_DATE);
        }
        if (!Objects.equals(request.sex(), known.sex())) {
            changed.add(SEX);
        }
        if (!Objects.equals(request.educationLevel(), known.educationLevel())) {
            changed.add(EDUCATION_LEVEL);
        }
        return List.copyOf(changed);
    }
}
