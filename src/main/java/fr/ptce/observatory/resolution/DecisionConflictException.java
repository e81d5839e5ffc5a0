package fr.ptce.observatory.resolution;

import fr.ptce.observatory.shared.ConflictException;

/** A decision that contradicts an earlier one (HTTP 409): a merge across a "different", a pair decided twice. */
public class DecisionConflictException extends ConflictException {

	public DecisionConflictException(String message) {
		super(message);
	}

}
