package fr.ptce.observatory.operations.web;

import fr.ptce.observatory.shared.ConflictException;
import fr.ptce.observatory.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each kind of error gets its status and a French title; what nobody foresaw says nothing of the inside.
 * ({@code OperationsWebTest} checks the same answers on the real server.)
 */
class ApiErrorsTest {

	ApiErrors errors = new ApiErrors();

	@Test
	void eachKindOfErrorHasItsStatusAndItsFrenchTitle() {
		assertThat(this.errors.notFound(new NotFoundException("Pôle PTCE-000042 inconnu.")))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle, ProblemDetail::getDetail)
			.containsExactly(404, "Introuvable", "Pôle PTCE-000042 inconnu.");
		assertThat(this.errors.conflict(new ConflictException("L'exécution n° 3 n'est pas en cours.")))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(409, "Impossible dans l'état actuel");
		assertThat(this.errors.badRequest(new IllegalArgumentException("Année invalide : 1800.")))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(400, "Demande invalide");
	}

	@Test
	void anUnexpectedErrorAnswers500WithoutItsInternalMessage() throws Exception {
		ProblemDetail problem = this.errors.unexpected(
				new IllegalStateException("relation \"pole_record\" does not exist at /var/lib/observatoire"));

		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getTitle()).isEqualTo("Erreur interne");
		assertThat(problem.getDetail()).doesNotContain("pole_record").doesNotContain("/var").contains("journal");
	}

	@Test
	void springSecurityAndClientGoneErrorsAreGivenBackToKeepTheirStatus() {
		ResponseStatusException missing = new ResponseStatusException(org.springframework.http.HttpStatus.GONE);
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> this.errors.unexpected(missing))
			.isSameAs(missing);
		java.io.IOException gone = new java.io.IOException("Broken pipe");
		assertThatExceptionOfType(java.io.IOException.class).isThrownBy(() -> this.errors.unexpected(gone))
			.isSameAs(gone);
		AccessDeniedException denied = new AccessDeniedException("refusé");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.errors.unexpected(denied))
			.isSameAs(denied);
	}

}
