package modulecheck.upper;

/** A module further down the data's way, in the fixture of {@code ModulesTest}. */
public class Upper {

	public String name() {
		return "upper";
	}

}
