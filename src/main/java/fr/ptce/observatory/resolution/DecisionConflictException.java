package fr.ptce.observatory.resolution;

/** A decision that contradicts an earlier one (HTTP 409): a merge across a "different", a pair decided twice. */
public class DecisionConflictException extends RuntimeException {

	public DecisionConflictException(String message) {
		super(message);
	}

}
