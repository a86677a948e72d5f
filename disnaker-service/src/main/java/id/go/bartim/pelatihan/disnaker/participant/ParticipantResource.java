package id.go.bartim.pelatihan.disnaker.participant;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.privacy.NikSearch;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.security.CurrentActor;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Peserta (SPEC 4, 7, 9): the people partners sent, read-only, and the conflicts between them; lists mask the NIK,
 * single reads are audited.
 */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Peserta: minimal personal data received from partners")
public class ParticipantResource {

    private static final String OFFICER = "disnaker-officer";
    private static final Pattern FULL_NIK = Pattern.compile("^[0-9]{16}$");

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "List participants", description = "Sorted by name, then id. q finds part of the name "
            + "(any case) or a NIK given in full (16 digits, exact). The NIK is masked. Searching by NIK (a q with "
            + "6 or more digits in a row) is for disnaker-officer only: disnaker-viewer gets 403. "
            + "Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "A page of participants")
    @APIResponse(responseCode = "403", description = "forbidden: a disnaker-viewer searched by NIK (6 or more "
            + "digits in a row), or the token carries neither role")
    public PageView<ParticipantView.ParticipantSummary> list(
            @Valid @BeanParam PageQuery paging,
            @QueryParam("q") @Parameter(description = "Part of the name, or a full 16-digit NIK (disnaker-officer "
                    + "only)") String q) {
        if (NikSearch.looksForNik(q) && !actor.hasRole(OFFICER)) {
            // SPEC 8: with the masked NIK and the birth year, yes-or-no answers would give a viewer the rest
            throw new ProblemException(403, "forbidden", "Forbidden", NikSearch.OFFICERS_ONLY);
        }
        StringBuilder where = new StringBuilder(" from Participant p");
        String text = q == null ? "" : q.strip();
        boolean nik = FULL_NIK.matcher(text).matches();
        if (!text.isEmpty()) {
            where.append(" where lower(p.fullName) like :name escape '!'");
            if (nik) {
                where.append(" or p.nik = :nik");
            }
        }
        TypedQuery<Participant> page = em.createQuery("select p" + where + " order by lower(p.fullName), p.id",
                Participant.class).setFirstResult(paging.offset()).setMaxResults(paging.size());
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        if (!text.isEmpty()) {
            String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
            page.setParameter("name", pattern);
            count.setParameter("name", pattern);
            if (nik) {
                page.setParameter("nik", text);
                count.setParameter("nik", text);
            }
        }
        return new PageView<>(page.getResultList().stream().map(ParticipantView.ParticipantSummary::of).toList(),
                paging.page(), paging.size(), count.getSingleResult());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"disnaker-officer", "disnaker-viewer"})
    @Operation(summary = "Read a participant", description = "The record as the partner sent it. The full NIK "
            + "and the birth date are shown to disnaker-officer only; disnaker-viewer sees the NIK masked and "
            + "birthYear instead of birthDate. Every read is recorded in the audit log. "
            + "Roles: disnaker-officer, disnaker-viewer.")
    @APIResponse(responseCode = "200", description = "The participant",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "404", description = "No such participant (also for an id that is not a UUID)")
    @APIResponse(responseCode = "503", description = AuditLog.READ_UNAVAILABLE)
    public ParticipantView get(@PathParam("id") @Parameter(description = "Participant id (UUID)") UUID id) {
        Participant participant = Participant.findById(id);
        if (participant == null) {
            throw new NotFound("Participant", id);
        }
        audit.read(Participant.AUDIT_TYPE, id);
        return ParticipantView.of(participant, actor.hasRole(OFFICER));
    }

    @GET
    @Path("/conflicts")
    @RolesAllowed(OFFICER)
    @Operation(summary = "List participant conflicts", description = "Requests whose NIK belongs to another "
            + "participant than the one the partner's reference names (SPEC 9): each was rejected INVALID_REQUEST "
            + "and changed neither participant. Newest first; each participant by id and masked NIK. "
            + "Role: disnaker-officer.")
    @APIResponse(responseCode = "200", description = "A page of conflicts")
    public PageView<ParticipantConflictView> conflicts(@Valid @BeanParam PageQuery paging) {
        // Both participants' NIKs, to be masked: the entities have no association, so entity joins.
        List<Object[]> rows = em.createQuery("""
                        select c, p.nik, o.nik from ParticipantConflict c
                        left join Participant p on p.id = c.participantId
                        left join Participant o on o.id = c.otherParticipantId
                        order by c.detectedAt desc, c.id desc""", Object[].class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(c) from ParticipantConflict c", Long.class).getSingleResult();
        return new PageView<>(rows.stream().map(r -> ParticipantConflictView.of((ParticipantConflict) r[0],
                (String) r[1], (String) r[2])).toList(), paging.page(), paging.size(), total);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
