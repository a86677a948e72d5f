package id.go.bartim.pelatihan.rutan;

/**
 * The resource types of rutan's audit lines, one name per kind of record (SPEC 7 and 9). A person's own data lists
 * the lines of these types that name their records.
 */
public final class RutanAudit {

    public static final String INMATE = "inmate";
    /** A read of one inmate's enrollments; the line names the inmate. */
    public static final String INMATE_ENROLLMENTS = "inmate-enrollments";
    /** A read of everything held about one inmate; the line names the inmate. */
    public static final String INMATE_PERSONAL_DATA = "inmate-personal-data";
    public static final String ENROLLMENT = "enrollment";
    /**
     * An inmate put on or taken off a class's waiting list, or enrolled or skipped from it when a seat freed (SPEC
     * 10); the line names the inmate, since a removed entry is deleted and its own id could find nothing.
     */
    public static final String WAITING_LIST_ENTRY = "waiting-list-entry";
    public static final String CLASS = "class";
    /** A session, its cancellation and restoration, and the writes of its attendance register. */
    public static final String SESSION = "session";
    /** A read of a session's attendance; the line names the session. */
    public static final String SESSION_ATTENDANCE = "session-attendance";
    /** A read of a session's attendance history (SPEC 10); the line names the session. */
    public static final String SESSION_ATTENDANCE_HISTORY = "session-attendance-history";
    /** An excusal in advance (SPEC 10): its creation, its removal, and each time it is applied to new sessions. */
    public static final String EXCUSAL = "excusal";
    /** A read of an enrollment's excusals; the line names the enrollment. */
    public static final String ENROLLMENT_EXCUSALS = "enrollment-excusals";
    /** A read of a class's attendance report; the line names the class. */
    public static final String ATTENDANCE_REPORT = "attendance-report";
    /** A read of a class's at-risk list (SPEC 10); the line names the class. */
    public static final String AT_RISK = "at-risk";
    public static final String PROGRAM_REPLICA = "program-replica";
    /** A holiday; the line names its date. */
    public static final String HOLIDAY = "holiday";

    private RutanAudit() {
    }
}
