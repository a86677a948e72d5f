package id.go.bartim.pelatihan.rutan.training;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.rutan.RutanRefusal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The session plan of SPEC 10 as functions over facts already loaded (the class's dates, the holidays, the days that
 * already have a session at the plan's start time): whether a plan may run, and which days get a session.
 */
public final class SessionPlanRules {

    /**
     * The longest plan, in days: a year of weekly sessions. It bounds what one request writes in one transaction
     * (a class may run for years); a longer course is planned in several requests.
     */
    public static final int MAX_DAYS = 366;

    private SessionPlanRules() {
    }

    /**
     * A plan names each weekday once, runs from {@code from} to {@code until} (on or after it, at most
     * {@link #MAX_DAYS} days) — 400 — and lies within the class's dates, both included: 422
     * session-outside-class-dates, the answer a single session dated outside them gets. A plan reaching past the
     * class is refused rather than cut short, so an officer never believes a day planned that was not.
     */
    public static Optional<Refused> refusalOf(TrainingClass c, Collection<DayOfWeek> weekdays, LocalDate from,
                                              LocalDate until) {
        if (new HashSet<>(weekdays).size() != weekdays.size()) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "weekdays",
                    "must name each day at most once"));
        }
        if (until.isBefore(from)) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "until", "must be on or after from"));
        }
        if (from.isBefore(c.startDate) || until.isAfter(c.endDate)) {
            return Optional.of(new Refused(RutanRefusal.SESSION_OUTSIDE_CLASS_DATES,
                    "A session plan of this class must lie between " + c.startDate + " and " + c.endDate));
        }
        // Checked within the class dates, so no date arithmetic here can leave the calendar
        if (until.isAfter(from.plusDays(MAX_DAYS - 1))) {
            return Optional.of(Refused.field(RutanRefusal.INVALID_FIELD, "until",
                    "must be at most " + MAX_DAYS + " days from from, both included"));
        }
        return Optional.empty();
    }

    /**
     * The days from {@code from} to {@code until}, both included, that fall on one of {@code weekdays} and are
     * neither a holiday nor a day in {@code taken} (it has a session at the plan's start time already), in order.
     * Planning those days leaves every day of the plan taken, so the same plan again gives none.
     */
    public static List<LocalDate> days(Set<DayOfWeek> weekdays, LocalDate from, LocalDate until,
                                       Set<LocalDate> holidays, Set<LocalDate> taken) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day) && !taken.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
