package id.go.bartim.pelatihan.rutan.attendance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** How attendance is kept (SPEC 10). */
@ConfigMapping(prefix = "app.attendance")
public interface AttendanceConfig {

    /**
     * {@code APP_ATTENDANCE_EDIT_WINDOW}: how long after the session date its register changes without a correction
     * note ({@link AttendanceEditWindow}).
     */
    @WithDefault("P7D")
    Period editWindow();
}
