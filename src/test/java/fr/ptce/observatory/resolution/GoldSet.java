package fr.ptce.observatory.resolution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labelled rows of {@code input-samples/gold-set.md}: (file, sheet, row) → the true pole's label. */
record GoldSet(Map<String, String> labels) {

	static GoldSet read(Path file) throws IOException {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.startsWith("| ") || line.startsWith("| file ")) {
				continue;
			}
			String[] cells = line.split("\\|");
			labels.put(key(cells[1].strip(), cells[2].strip(), Integer.parseInt(cells[3].strip())), cells[4].strip());
		}
		return new GoldSet(labels);
	}

	static String key(String file, String sheet, int row) {
		return file + " | " + sheet + " | " + row;
	}

}
