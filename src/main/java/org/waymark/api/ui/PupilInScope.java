package org.waymark.api.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Marks an API operation about one pupil ({@code /pupils/{id}…}): the OpenAPI document gets its
 * 404 answer — no such pupil in the client's scope, missing and refused alike (DD018) — from
 * {@link Document#pupilInScope()}, written once here instead of on each operation. (Swagger's
 * own meta-annotations are not merged with an operation's direct {@code @ApiResponse}s, so an
 * operation customizer adds it.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface PupilInScope {

    String NOT_FOUND = "No such pupil in the client's scope";

    /** Adds the 404 of {@link PupilInScope} operations to the served document. */
    @Configuration(proxyBeanMethods = false)
    class Document {

        @Bean
        OperationCustomizer pupilInScope() {
            return (operation, handler) -> {
                if (handler.hasMethodAnnotation(PupilInScope.class)) {
                    operation.getResponses().addApiResponse("404", new ApiResponse().description(NOT_FOUND)
                            .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
                }
                return operation;
            };
        }
    }
}
