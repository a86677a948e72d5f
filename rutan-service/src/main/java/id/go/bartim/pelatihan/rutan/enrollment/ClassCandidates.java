package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.inmate.Inmate;
import id.go.bartim.pelatihan.rutan.inmate.InmateStatus;
import id.go.bartim.pelatihan.rutan.inmate.InmateSummary;
import id.go.bartim.pelatihan.rutan.training.TrainingClass;
import id.go.bartim.pelatihan.rutan.training.TrainingClasses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * Who could still be enrolled in a class (SPEC 10): ACTIVE inmates without a place in it
 * ({@link EnrollmentStatus#PLACE_IN_CLASS}, the statuses that refuse a new request; after a rejection or withdrawal
 * an inmate is a candidate again) and not expected out before it ends (no expected release date counts as eligible).
 * A list over entities, so JPQL (docs/persistence.md); the rules it mirrors stay in {@link EnrollmentRules}.
 */
@ApplicationScoped
public class ClassCandidates {

    private static final String WHERE = " from Inmate i where i.status = :active"
            + " and (i.expectedReleaseDate is null or i.expectedReleaseDate >= :endDate)"
            + " and i.id not in (select e.inmateId from Enrollment e"
            + " where e.classId = :classId and e.status in :placeInClass)";

    @Inject
    EntityManager em;

    @Inject
    TrainingClasses classes;

    /** A page of the class's candidates, by name as the inmate list sorts; 404 for an unknown class. */
    public PageView<InmateSummary> list(UUID classId, PageQuery paging) {
        TrainingClass c = classes.find(classId);
        var page = em.createQuery("select i" + WHERE + " order by lower(i.fullName), i.id", Inmate.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size());
        var count = em.createQuery("select count(i)" + WHERE, Long.class);
        for (var query : List.of(page, count)) {
            query.setParameter("active", InmateStatus.ACTIVE)
                    .setParameter("endDate", c.endDate)
                    .setParameter("classId", classId)
                    .setParameter("placeInClass", EnrollmentStatus.PLACE_IN_CLASS);
        }
        return new PageView<>(page.getResultList().stream().map(InmateSummary::of).toList(),
                paging.page(), paging.size(), count.getSingleResult());
    }
}
