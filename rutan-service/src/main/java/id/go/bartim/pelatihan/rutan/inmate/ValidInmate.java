package id.go.bartim.pelatihan.rutan.inmate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import static id.go.bartim.pelatihan.platform.time.BusinessTime.WIB;

/**
 * Runs {@link InmateRequest#crossFieldViolations} as Bean Validation, so a POST answers every failed
 * rule at once in {@code errors[]}, and a PATCH re-checks its merged record with the same rules.
 */
@Documented
@Constraint(validatedBy = ValidInmate.Rules.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidInmate {

    String message() default "inconsistent inmate";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each broken rule on the field it names. */
    class Rules implements ConstraintValidator<ValidInmate, InmateRequest> {

        @Override
        public boolean isValid(InmateRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            var errors = request.crossFieldViolations(LocalDate.now(WIB));
            if (errors.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // Messages are fixed texts, never user input, so template interpolation cannot misfire.
            errors.forEach(e -> context.buildConstraintViolationWithTemplate(e.message())
                    .addPropertyNode(e.field()).addConstraintViolation());
            return false;
        }
    }
}
