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
        List<QuotaView.ProgramShare> shares = quota.byProgram();
        List<YearMonth> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(YearMonth.of(year, month));
        }
        Map<String, Integer> trainedInMonth = store.trainedByMonth(year).stream()
                .collect(Collectors.toMap(QuotaStore.Tally::label, QuotaStore.Tally::count));
        Map<String, Integer> trainedOfSex = store.trainedBySex(year).stream()
                .collect(Collectors.toMap(QuotaStore.Tally::label, QuotaStore.Tally::count));
        List<String> sexes = new ArrayList<>(SEXES);
        trainedOfSex.keySet().stream().filter(s -> !SEXES.contains(s)).sorted().forEach(sexes::add);

        // One total, three breakdowns of it: unless every one is safe, the total and all three are withheld
        Shown trained = shown(quota.trained(), List.of(
                shares.stream().map(QuotaView.ProgramShare::trained).toList(),
                months.stream().map(m -> trainedInMonth.getOrDefault(m.toString(), 0)).toList(),
                sexes.stream().map(s -> trainedOfSex.getOrDefault(s, 0)).toList()));
        Shown reserved = shown(quota.reserved(), List.of(
                shares.stream().map(QuotaView.ProgramShare::reserved).toList()));

        Map<String, String> names = programNames(shares);
        List<PublicQuotaView.ProgramCount> byProgram = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            String code = shares.get(i).programCode();
            byProgram.add(new PublicQuotaView.ProgramCount(code, names.getOrDefault(code, code),
                    trained.breakdowns().get(0).get(i), reserved.breakdowns().get(0).get(i)));
        }
        List<PublicQuotaView.MonthCount> byMonth = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            byMonth.add(new PublicQuotaView.MonthCount(months.get(i), trained.breakdowns().get(1).get(i)));
        }
        List<PublicQuotaView.SexCount> bySex = new ArrayList<>();
        for (int i = 0; i < sexes.size(); i++) {
            bySex.add(new PublicQuotaView.SexCount(sexes.get(i), trained.breakdowns().get(2).get(i)));
        }
        return new PublicQuotaView(year, quota.target(), trained.total(), reserved.total(), byProgram, byMonth, bySex);
    }

    /** A total and its breakdowns as shown: each suppressed on its own, or all withheld when one is not safe. */
    private record Shown(Count total, List<List<Count>> breakdowns) {
    }

    private static Shown shown(int total, List<List<Integer>> breakdowns) {
        List<Suppression.Breakdown> suppressed = breakdowns.stream().map(Suppression::breakdown).toList();
        if (suppressed.stream().allMatch(Suppression.Breakdown::safe)) {
            return new Shown(Suppression.single(total), suppressed.stream().map(Suppression.Breakdown::cells).toList());
        }
        return new Shown(Suppression.withheld(total), breakdowns.stream().map(Suppression::withheld).toList());
    }

    private static Map<String, String> programNames(List<QuotaView.ProgramShare> shares) {
        if (shares.isEmpty()) {
            return Map.of();
        }
        return Program.<Program>list("code in ?1", shares.stream().map(QuotaView.ProgramShare::programCode).toList())
                .stream().collect(Collectors.toMap(p -> p.code, p -> p.name));
    }
}
