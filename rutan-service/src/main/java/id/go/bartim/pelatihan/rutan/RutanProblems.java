package id.go.bartim.pelatihan.rutan;

import id.go.bartim.pelatihan.platform.domain.Refused;
import id.go.bartim.pelatihan.platform.problem.ProblemException;
import id.go.bartim.pelatihan.platform.problem.ProblemTable;
import id.go.bartim.pelatihan.rutan.enrollment.EnrollmentRules;
import id.go.bartim.pelatihan.rutan.enrollment.WaitingList;
import id.go.bartim.pelatihan.rutan.inmate.InmateService;
import id.go.bartim.pelatihan.rutan.training.ClassRules;
import jakarta.enterprise.context.ApplicationScoped;

import static id.go.bartim.pelatihan.platform.problem.ProblemException.conflict;
import static id.go.bartim.pelatihan.platform.problem.ProblemException.invalid;
import static id.go.bartim.pelatihan.platform.problem.ProblemException.rule;

/** rutan's refusals as problem types (SPEC 2, 3): the one place where a rule of the domain meets an HTTP status. */
@ApplicationScoped
public class RutanProblems implements ProblemTable {

    @Override
    public ProblemException problemFor(Refused refused) {
        return switch ((RutanRefusal) refused.refusal()) {
            case INVALID_FIELD -> invalid(refused);
            case DUPLICATE_REGISTRATION_NUMBER, INMATE_NOT_ACTIVE, INMATE_ANONYMISED, ALREADY_ENROLLED,
                 ALREADY_WAITING, TRANSITION_NOT_ALLOWED, SESSION_CANCELLED, SESSION_NOT_CANCELLED,
                 SESSION_TIME_TAKEN ->
                    conflict(refused);
            case CLASS_FULL -> rule(refused, "Class full");
            case CLASS_ENDED -> rule(refused, "Class ended");
            case RELEASE_BEFORE_CLASS_END -> rule(refused, "Release before class end");
            case ATTENDANCE_BELOW_MINIMUM -> rule(refused, "Attendance below minimum");
            case PROGRAM_NOT_AVAILABLE -> rule(refused, "Program not available");
            case SESSION_OUTSIDE_CLASS_DATES -> rule(refused, "Session outside the class dates");
            case ENROLLMENT_NOT_ACCEPTED -> rule(refused, "Enrollment not accepted");
            case ATTENDANCE_LOCKED -> rule(refused, "Attendance locked");
        };
    }

    @Override
    public Refused forConstraint(String name) {
        return switch (name) {
            case "inmate_registration_number_key" -> InmateService.duplicateRegistrationNumber();
            case "enrollment_one_per_class" -> EnrollmentRules.alreadyEnrolled();
            case "attendance_on_cancelled_session" -> ClassRules.sessionCancelled();
            case "class_session_one_per_start" -> ClassRules.sessionTimeTaken();
            case "waiting_list_one_waiting" -> WaitingList.alreadyWaiting();
            default -> null;
        };
    }

}
