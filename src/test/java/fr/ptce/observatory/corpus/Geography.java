package fr.ptce.observatory.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official communes, départements and regions of France ({@code reference/geo/}), as the corpus needs them:
 * the départements of a region and the communes of a département, with their INSEE codes and postal codes.
 */
final class Geography {

	record Region(String code, String name) {
	}

	record Departement(String code, String name, Region region) {
	}

	record Commune(String code, String name, Departement departement, List<String> postalCodes) {
	}

	private final Map<String, Region> regions = new LinkedHashMap<>();

	private final Map<String, Departement> departements = new LinkedHashMap<>();

	private final Map<String, List<Commune>> communesByDepartement = new LinkedHashMap<>();

	private Geography() {
	}

	static Geography load() {
		Geography geography = new Geography();
		for (String[] line : lines("regions.csv")) {
			geography.regions.put(line[0], new Region(line[0], line[1]));
		}
		for (String[] line : lines("departements.csv")) {
			Region region = geography.regions.get(line[2]);
			if (region != null) {
				geography.departements.put(line[0], new Departement(line[0], line[1], region));
			}
		}
		for (String[] line : lines("communes.csv")) {
			Departement departement = geography.departements.get(line[2]);
			if (departement != null && "commune".equals(line[5]) && !line[4].isEmpty()) {
				geography.communesByDepartement.computeIfAbsent(departement.code(), d -> new ArrayList<>())
					.add(new Commune(line[0], line[1], departement, List.of(line[4].split("\\|"))));
			}
		}
		return geography;
	}

	/** The regions of mainland France and Corsica (the networks of most files). */
	List<Region> mainlandRegions() {
		return this.regions.values().stream().filter(Geography::isMainland).toList();
	}

	/** The overseas regions (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte). */
	List<Region> overseasRegions() {
		return this.regions.values().stream().filter(region -> Integer.parseInt(region.code()) < 11).toList();
	}

	List<Departement> departements(Region region) {
		return this.departements.values().stream().filter(d -> d.region().equals(region)).toList();
	}

	List<Commune> communes(Departement departement) {
		return this.communesByDepartement.getOrDefault(departement.code(), List.of());
	}

	private static boolean isMainland(Region region) {
		int code = Integer.parseInt(region.code());
		return code >= 11 && code <= 94;
	}

	private static List<String[]> lines(String file) {
		InputStream resource = Geography.class.getResourceAsStream("/reference/geo/" + file);
		try (InputStream in = (resource != null) ? resource
				: Files.newInputStream(Path.of("src/main/resources/reference/geo", file));
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(";", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
