package fr.ptce.observatory.shared;

/**
 * What was asked for cannot be done in the present state of things (a run already finished, a run already in
 * progress, a decision contrary to an earlier one): the API answers 409 with the message, in French.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

	public ConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}
