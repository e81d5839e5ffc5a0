package fr.ptce.observatory.ingestion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a file describes when its rows do not say: the source profile's, else the last year written in
 * the file's name, else the year it was received.
 */
public final class ObservationYear {

	private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

	private ObservationYear() {
	}

	public static int ofFile(String relativeName, SourceProfile profile, int yearReceived) {
		if (profile.observationYear() != null) {
			return profile.observationYear();
		}
		Matcher matcher = YEAR_IN_NAME.matcher(relativeName.substring(relativeName.lastIndexOf('/') + 1));
		int year = -1;
		while (matcher.find()) {
			year = Integer.parseInt(matcher.group(1));
		}
		return (year > 0) ? year : yearReceived;
	}

}
