package modulecheck.lower;

import modulecheck.upper.Upper;

/** Uses a module it is not allowed to: what {@code ModulesTest} shows the verification refuses. */
public class Lower {

	public String above() {
		return new Upper().name();
	}

}
