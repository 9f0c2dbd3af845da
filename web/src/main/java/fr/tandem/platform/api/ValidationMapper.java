package fr.tandem.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Bean Validation failures on API parameters become 400 with one message per field. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    ValidationMapper withHeaders(HttpHeaders requestHeaders) {
        this.headers = requestHeaders;
        return this;
    }

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(ValidationMapper::fieldError).toList();
        return Problem.response(Response.Status.BAD_REQUEST,
                fr.tandem.platform.RuleViolation.format(ApiLanguage.of(headers), "api.invalid"), "api.invalid", errors);
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return new Problem.FieldError(field, violation.getMessage());
    }
}
