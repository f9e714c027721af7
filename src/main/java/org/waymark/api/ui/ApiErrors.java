package org.waymark.api.ui;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.waymark.api.service.ApiModels;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.ui.Translations;
import org.waymark.pupils.service.PupilBulkService;

/**
 * The API's answers when a call does not succeed (DD018), as JSON {@link ApiModels.Problem}s in
 * the caller's language (Accept-Language: Welsh or English): a pupil outside the client's scope is
 * refused by the service (and audited there) and answered exactly as a missing one, 404; a service
 * the client's role may not call at all is 403; broken rules are 400 with a message for each field.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiModels.Problem> invalid(ValidationException e) {
        Locale locale = locale();
        List<ApiModels.FieldProblem> fields = e.violations().stream().map(v -> new ApiModels.FieldProblem(v.field(),
                text(v.messageKey(), locale, v.arguments().stream().map(ApiErrors::argument).toArray()))).toList();
        return answer(HttpStatus.BAD_REQUEST, "invalid", "api.error.invalid", fields);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiModels.Problem> unreadable(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, "invalid", "api.error.unreadable", null);
    }

    /** A method-security refusal: the client's role may not use this at all. */
    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<ApiModels.Problem> forbidden(AuthorizationDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "forbidden", "api.error.forbidden", null);
    }

    /** A record outside the client's scope looks exactly like a missing one. */
    @ExceptionHandler({AccessDeniedException.class, NotFoundException.class})
    ResponseEntity<ApiModels.Problem> notFound(RuntimeException e) {
        return answer(HttpStatus.NOT_FOUND, "not_found", "api.error.notFound", null);
    }

    /** A new pupil the authority already holds by names and date of birth (the import's matching rule). */
    @ExceptionHandler(PupilBulkService.HeldAlready.class)
    ResponseEntity<ApiModels.Problem> duplicate(PupilBulkService.HeldAlready e) {
        return answer(HttpStatus.CONFLICT, "duplicate", "api.error.duplicate", null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiModels.Problem> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, "conflict", "api.error.conflict", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiModels.Problem> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "api.error.method", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiModels.Problem> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "api.error.mediaType", null);
    }

    /** Anything else: logged here, answered without detail (never the portal's error page). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiModels.Problem> error(Exception e) {
        LOG.error("API call failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "error", "api.error.internal", null);
    }

    private ResponseEntity<ApiModels.Problem> answer(HttpStatus status, String error, String key,
                                                     @Nullable List<ApiModels.FieldProblem> fields) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiModels.Problem(status.value(), error, text(key, locale()), fields));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A date as the screens write it; anything else as it is. */
    private static Object argument(Object value) {
        return value instanceof java.time.LocalDate date ? org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(date) : value;
    }

    private static Locale locale() {
        return Translations.supported(LocaleContextHolder.getLocale());
    }
}
