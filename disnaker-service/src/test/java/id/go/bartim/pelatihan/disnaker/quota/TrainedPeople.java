package id.go.bartim.pelatihan.disnaker.quota;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.awaitDecision;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.complete;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.person;
import static id.go.bartim.pelatihan.disnaker.DisnakerFixtures.request;

/** People in a year's quota through the rutan's events, as the public progress counts them (SPEC 11). */
public final class TrainedPeople {

    private TrainedPeople() {
    }

    /**
     * {@code trained} people accepted and completed COMPETENT in the program, and {@code reserved} more only accepted;
     * returns once disnaker has recorded every one. Requests go out together, so the broker carries them in batches.
     */
    public static void inProgram(int year, String program, int trained, int reserved) {
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < trained + reserved; i++) {
            enrollments.add(request(person(true), program, year));
        }
        enrollments.forEach(id -> awaitDecision(id, "ACCEPTED"));
        List<String> completed = enrollments.subList(0, trained);
        completed.forEach(id -> complete(id, "COMPETENT"));
        completed.forEach(id -> awaitDecision(id, "COMPLETED"));
    }

    /**
     * Dates the program's certificates of the year on {@code day}: certificates are issued today, and the public
     * months need the dates of a whole year.
     */
    public static void certificatesIssuedOn(int year, String program, LocalDate day) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update certificate set issued_on = ? where year = ? and program_code = ?")) {
            update.setObject(1, day);
            update.setInt(2, year);
            update.setString(3, program);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
