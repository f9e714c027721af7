package org.waymark.api.ui;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.service.ApiModels;
import org.waymark.api.service.ApiService;
import org.waymark.base.domain.NotFoundException;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Version 1 of the REST API for other systems (issue 22 point 4, DD018, docs/api.md). The client
 * is signed in by its key before a call reaches here ({@code ApiSecurity}); this class only maps
 * HTTP to {@link ApiService}, which goes through the same services, access policy and audit as
 * the screens. Errors are answered by {@link ApiErrors}.
 */
@RestController
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@OpenAPIDefinition(info = @Info(title = "Waymark API", version = "1",
        description = "Pupils, plans' status, funding and decision letters within the client's scope; new pupils. "
                + "Every call needs the client's key in the X-API-Key header, is rate-limited per client and audited."),
        security = @SecurityRequirement(name = ApiController.KEY_SCHEME))
@SecurityScheme(name = ApiController.KEY_SCHEME, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = ApiController.KEY_HEADER)
@ApiResponse(responseCode = "401", description = "No key, an unknown key, or the client is turned off",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiModels.Problem.class)))
@ApiResponse(responseCode = "429", description = "Over the client's calls a minute; Retry-After says the seconds to wait",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiModels.Problem.class)))
class ApiController {

    static final String BASE = "/api/v1";
    static final String KEY_SCHEME = "apiKey";
    public static final String KEY_HEADER = "X-API-Key";

    private final ApiService api;

    ApiController(ApiService api) {
        this.api = api;
    }

    @GetMapping("/pupils")
    @Operation(summary = "The pupils in the client's scope, a page at a time, in surname order")
    @ApiResponse(responseCode = "200", description = "A page of pupils")
    @ApiResponse(responseCode = "400", description = "A parameter is not a number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiModels.Problem.class)))
    ApiModels.PupilPage pupils(
            @Parameter(description = "Pupils to skip") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Pupils to return, at most " + ApiService.MAX_PAGE) @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Only this school's pupils") @RequestParam(required = false) @Nullable Long schoolId,
            @Parameter(description = "The start of a surname or first name, or a whole UPN or candidate number")
            @RequestParam(required = false) @Nullable String text) {
        return api.pupils(offset, limit, schoolId, text);
    }

    @GetMapping("/pupils/{id}")
    @Operation(summary = "A pupil's record")
    @ApiResponse(responseCode = "200", description = "The pupil")
    @PupilInScope
    ApiModels.Pupil pupil(@PathVariable long id) {
        return api.pupil(id);
    }

    @GetMapping("/pupils/{id}/plans")
    @Operation(summary = "The pupil's plans and where each stands")
    @ApiResponse(responseCode = "200", description = "The plans, oldest first")
    @PupilInScope
    List<ApiModels.Plan> plans(@PathVariable long id) {
        return api.plans(id);
    }

    @GetMapping("/pupils/{id}/allocations")
    @Operation(summary = "The pupil's funding ledger")
    @ApiResponse(responseCode = "200", description = "The ledger lines, newest first")
    @PupilInScope
    List<ApiModels.Allocation> allocations(@PathVariable long id) {
        return api.allocations(id);
    }

    @GetMapping("/pupils/{id}/letters")
    @Operation(summary = "The decision letters sent about the pupil")
    @ApiResponse(responseCode = "200", description = "The letters, newest first")
    @PupilInScope
    List<ApiModels.Letter> letters(@PathVariable long id) {
        return api.letters(id);
    }

    @PostMapping(path = "/pupils", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds a pupil to a school's register in the client's scope")
    @ApiResponse(responseCode = "201", description = "The pupil as recorded; Location gives its address")
    @ApiResponse(responseCode = "400", description = "The pupil's details break a rule: a message for each field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiModels.Problem.class)))
    @ApiResponse(responseCode = "409", description = "The authority already holds a pupil with these names and date of birth"
            + " who is not shown to be another child (no number of the same kind): send the pupil's UPN or candidate number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiModels.Problem.class)))
    ResponseEntity<ApiModels.Pupil> create(@RequestBody ApiModels.NewPupil pupil) {
        ApiModels.Pupil created = api.createPupil(pupil);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(BASE + "/pupils/" + created.id()))
                .body(created);
    }

    /** Any other address under the API: not found, as JSON (not the portal's page). */
    @Hidden
    @RequestMapping("/**")
    void elsewhere() {
        throw new NotFoundException("no such address");
    }
}
