package fr.ptce.observatory.operations.web;

import java.io.IOException;

import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.resolution.DecisionConflictException;
import fr.ptce.observatory.shared.ConflictException;
import fr.ptce.observatory.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the API as {@code application/problem+json}, in French, mapped by their type: not found → 404,
 * conflict with the present state → 409, bad input → 400, anything else → 500 with no internal message (it is
 * logged). Spring's own errors (a body that cannot be read, a wrong method…) and security keep their status.
 */
@RestControllerAdvice(assignableTypes = { RunController.class, FileController.class, ReportController.class,
		UploadController.class, ResolutionController.class, PoleApiController.class })
class ApiErrors {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Introuvable", ex.getMessage());
	}

	@ExceptionHandler(Runs.RunInProgressException.class)
	ProblemDetail runInProgress(Runs.RunInProgressException ex) {
		return problem(HttpStatus.CONFLICT, "Exécution déjà en cours", ex.getMessage());
	}

	@ExceptionHandler(DecisionConflictException.class)
	ProblemDetail decisionConflict(DecisionConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Décision contraire à une décision antérieure", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Impossible dans l'état actuel", ex.getMessage());
	}

	@ExceptionHandler(SourceProfiles.InvalidProfileException.class)
	ProblemDetail invalidProfile(SourceProfiles.InvalidProfileException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Profil refusé", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Demande invalide", ex.getMessage());
	}

	/**
	 * Anything else: logged with its stack trace, answered without its message (it may name a table or a path).
	 * Spring's own errors and security's are given back to Spring, which knows their status.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof ErrorResponse || ex instanceof HttpMessageNotReadableException
				|| ex instanceof TypeMismatchException || ex instanceof AccessDeniedException
				|| ex instanceof AuthenticationException) {
			throw ex;
		}
		if (ex instanceof IOException) {
			throw ex; // a client gone during a download: nobody to answer, nothing to log as an error
		}
		logger.error("Unexpected error answered with 500", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne",
				"La demande n'a pas pu aboutir. L'erreur est enregistrée dans le journal de l'observatoire.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
