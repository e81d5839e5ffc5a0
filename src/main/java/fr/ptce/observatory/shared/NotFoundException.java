package fr.ptce.observatory.shared;

/**
 * What was asked for does not exist (a run, a file, a pole, a pair): the API answers 404 with the message, in
 * French.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
