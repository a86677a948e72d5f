package id.go.bartim.pelatihan.rutan.enrollment;

import id.go.bartim.pelatihan.rutan.attendance.AtRiskReason;

import java.util.List;

/** A line of a class's at-risk list: the enrollment, who it is, and why it is at risk. */
public record AtRiskView(EnrollmentView enrollment, String fullName, String registrationNumber,
                         List<AtRiskReason> reasons) {
}
