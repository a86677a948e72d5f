package id.go.bartim.pelatihan.disnaker.quota;

import id.go.bartim.pelatihan.disnaker.catalog.Program;
import id.go.bartim.pelatihan.disnaker.quota.PublicQuotaView.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The public progress of a year (SPEC 11), one value for the JSON and the page: the officers' quota read
 * ({@link QuotaBoard#read}, so the same target and counters), with the trained people by month and by sex, every count
 * passed through {@link Suppression}. Every month of the year is listed, with 0 where nobody was trained, and both
 * sexes; partners are left out.
 */
@ApplicationScoped
public class PublicProgress {

    private static final List<String> SEXES = List.of("MALE", "FEMALE");

    @Inject
    QuotaBoard board;

    @Inject
    QuotaStore store;

    @Transactional
    public PublicQuotaView of(int year) {
        QuotaView quota = board.read(year);
        return new PublicQuotaView(year, quota.target(), Suppression.single(quota.trained()),
                Suppression.single(quota.reserved()), byProgram(quota.byProgram()), byMonth(year), bySex(year));
    }

    private static List<PublicQuotaView.ProgramCount> byProgram(List<QuotaView.ProgramShare> shares) {
        if (shares.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = Program.<Program>list("code in ?1",
                        shares.stream().map(QuotaView.ProgramShare::programCode).toList())
                .stream().collect(Collectors.toMap(p -> p.code, p -> p.name));
        List<Count> trained = Suppression.breakdown(shares.stream().map(QuotaView.ProgramShare::trained).toList());
        List<Count> reserved = Suppression.breakdown(shares.stream().map(QuotaView.ProgramShare::reserved).toList());
        List<PublicQuotaView.ProgramCount> programs = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            String code = shares.get(i).programCode();
            programs.add(new PublicQuotaView.ProgramCount(code, names.getOrDefault(code, code), trained.get(i),
                    reserved.get(i)));
        }
        return programs;
    }

    private List<PublicQuotaView.MonthCount> byMonth(int year) {
        Map<YearMonth, Integer> months = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            months.put(YearMonth.of(year, month), 0);
        }
        store.trainedByMonth(year).forEach(t -> months.put(YearMonth.parse(t.label()), t.count()));
        List<YearMonth> keys = List.copyOf(months.keySet());
        List<Count> counts = Suppression.breakdown(List.copyOf(months.values()));
        List<PublicQuotaView.MonthCount> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(new PublicQuotaView.MonthCount(keys.get(i), counts.get(i)));
        }
        return rows;
    }

    private List<PublicQuotaView.SexCount> bySex(int year) {
        Map<String, Integer> sexes = new TreeMap<>(store.trainedBySex(year).stream()
                .collect(Collectors.toMap(QuotaStore.Tally::label, QuotaStore.Tally::count)));
        List<String> labels = new ArrayList<>(SEXES);
        sexes.keySet().stream().filter(s -> !SEXES.contains(s)).forEach(labels::add);
        List<Count> counts = Suppression.breakdown(labels.stream().map(s -> sexes.getOrDefault(s, 0)).toList());
        List<PublicQuotaView.SexCount> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new PublicQuotaView.SexCount(labels.get(i), counts.get(i)));
        }
        return rows;
    }
}
