package id.go.bartim.pelatihan.rutan.holiday;

import id.go.bartim.pelatihan.platform.audit.AuditLog;
import id.go.bartim.pelatihan.platform.domain.NotFound;
import id.go.bartim.pelatihan.platform.time.BusinessTime;
import id.go.bartim.pelatihan.platform.web.ETags;
import id.go.bartim.pelatihan.platform.web.PageQuery;
import id.go.bartim.pelatihan.platform.web.PageView;
import id.go.bartim.pelatihan.rutan.RutanAudit;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeping the calendar of holidays (SPEC 10), and reading it for the planning of sessions. */
@ApplicationScoped
public class Holidays {

    @Inject
    AuditLog audit;

    /** What a put did: the holiday as it now is, and whether the day had none before. */
    public record Put(Holiday holiday, boolean created) {
    }

    /** Names the day a holiday: creates it, or renames the one already there (when {@code ifMatch} allows). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Put put(LocalDate date, String name, String ifMatch) {
        OffsetDateTime now = BusinessTime.now();
        Holiday holiday = Holiday.findById(date);
        if (holiday != null) {
            ETags.requireMatch(ifMatch, holiday.version);
            holiday.rename(name.strip(), now);
            audit.record("UPDATE", RutanAudit.HOLIDAY, date);
            return new Put(holiday, false);
        }
        holiday = new Holiday();
        holiday.date = date;
        holiday.name = name.strip();
        holiday.createdAt = now;
        holiday.updatedAt = now;
        holiday.persist();
        audit.record("CREATE", RutanAudit.HOLIDAY, date);
        return new Put(holiday, true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(LocalDate date) {
        Holiday holiday = Holiday.findById(date);
        if (holiday == null) {
            // The date parsed, so it is safe to repeat
            throw NotFound.because("No holiday on " + date);
        }
        holiday.delete();
        audit.record("DELETE", RutanAudit.HOLIDAY, date);
    }

    /** A page of the year's holidays, in date order. */
    public PageView<HolidayView> ofYear(int year, PageQuery paging) {
        var query = inRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(HolidayView::of).toList(), paging.page(), paging.size(),
                query.count());
    }

    /** The holidays from {@code from} to {@code until}, both included. */
    public Set<LocalDate> between(LocalDate from, LocalDate until) {
        return inRange(from, until).list().stream().map(h -> h.date).collect(Collectors.toSet());
    }

    private static PanacheQuery<Holiday> inRange(LocalDate from, LocalDate until) {
        return Holiday.find("from Holiday h where h.date between ?1 and ?2", Sort.by("date"), from, until);
    }
}
