package fr.ptce.observatory.operations.web;

import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.resolution.DecisionConflictException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the API as {@code application/problem+json}, with their reason in French.
 */
@RestControllerAdvice(assignableTypes = { RunController.class, FileController.class, ReportController.class,
		UploadController.class, ResolutionController.class })
class ApiErrors {

	@ExceptionHandler(Runs.RunInProgressException.class)
	ProblemDetail runInProgress(Runs.RunInProgressException ex) {
		return problem(HttpStatus.CONFLICT, "Exécution déjà en cours", ex.getMessage());
	}

	@ExceptionHandler(DecisionConflictException.class)
	ProblemDetail decisionConflict(DecisionConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Décision contraire à une décision antérieure", ex.getMessage());
	}

	@ExceptionHandler(SourceProfiles.InvalidProfileException.class)
	ProblemDetail invalidProfile(SourceProfiles.InvalidProfileException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Profil refusé", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Demande invalide", ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail failed(IllegalStateException ex) {
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Échec", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
