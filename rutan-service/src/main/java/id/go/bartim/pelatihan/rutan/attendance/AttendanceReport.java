package id.go.bartim.pelatihan.rutan.attendance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Rekap kehadiran: one row per enrollment of a class. */
public record AttendanceReport(UUID classId, String className, String programCode, List<Row> rows) {

    /** One trainee's attendance in the class. */
    public record Row(UUID enrollmentId, UUID inmateId, String fullName, String registrationNumber, String status,
                      int hoursAttended, int hoursTotal, BigDecimal rate) {
    }

    private static final String HEADER =
            "enrollmentId,registrationNumber,fullName,status,hoursAttended,hoursTotal,rate";

    /** RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are defused. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Row r : rows) {
            csv.append(r.enrollmentId()).append(',')
                    .append(cell(r.registrationNumber())).append(',')
                    .append(cell(r.fullName())).append(',')
                    .append(r.status()).append(',')
                    .append(r.hoursAttended()).append(',')
                    .append(r.hoursTotal()).append(',')
                    .append(r.rate().toPlainString()).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
