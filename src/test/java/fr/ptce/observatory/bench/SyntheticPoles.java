package fr.ptce.observatory.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import fr.ptce.observatory.samples.SampleSirets;

/**
 * Poles and their records as networks would write them, for benchmarks: each true pole has a made-up name
 * (distinctive invented words with generic ones around), a real commune, sometimes an own SIREN, an acronym,
 * a website; each of its records writes it its own way (PTCE's long form, a dropped generic word, a typo, the
 * acronym alone). Seeded: the same arguments give the same poles.
 */
public final class SyntheticPoles {

	/** A record of a true pole, as one network writes it. */
	public record Record(int pole, String name, String acronym, String siren, String siretRole, String postalCode,
			String commune, String departement, String region, String website, String carrier) {
	}

	private record Commune(String name, String departement, String region, String postalCode) {
	}

	private record Pole(int id, String[] words, String prefix, String acronym, String siren, Commune commune,
			String website, String carrier) {
	}

	/** 60 syllables: about 220,000 invented words of two or three syllables, as varied as real pole names. */
	private static final String[] SYLLABLES = { "ka", "bo", "ri", "tel", "mar", "lu", "zen", "ve", "dor", "pa", "ni",
			"sol", "ga", "ber", "to", "mi", "ran", "che", "vo", "lis", "fa", "qui", "nor", "da", "sa", "ju", "mon",
			"ter", "cla", "bri", "gou", "lan", "pe", "ro", "sen", "vil", "cor", "dan", "fe", "gri", "hau", "jo", "la",
			"me", "nu", "or", "pou", "rel", "si", "tan", "ur", "vau", "ya", "zo", "bal", "cre", "dru", "fon", "gal",
			"mer" };

	private static final String[] PREFIXES = { "Pôle", "PTCE", "Coopérative", "Pôle territorial", "Réseau", "Cluster" };

	private final Random random;

	private final List<Commune> communes;

	private final List<Pole> poles = new ArrayList<>();

	public SyntheticPoles(long seed) {
		this.random = new Random(seed);
		this.communes = communes();
	}

	/** Makes {@code count} new true poles; returns the identifier of the first. */
	public int newPoles(int count) {
		int first = this.poles.size();
		for (int i = 0; i < count; i++) {
			String[] words = { word(), word() };
			String prefix = PREFIXES[this.random.nextInt(PREFIXES.length)];
			String acronym = (this.random.nextDouble() < 0.3)
					? (prefix.charAt(0) + "" + words[0].charAt(0) + words[1].charAt(0)).toUpperCase(Locale.ROOT) : null;
			String siren = (this.random.nextDouble() < 0.4)
					? SampleSirets.siren(String.format("%08d", 10_000_000 + this.poles.size())) : null;
			Commune commune = this.communes.get(this.random.nextInt(this.communes.size()));
			String website = (this.random.nextDouble() < 0.3)
					? "https://" + words[0].toLowerCase(Locale.ROOT) + "-" + words[1].toLowerCase(Locale.ROOT) + ".example.org"
					: null;
			String carrier = (this.random.nextDouble() < 0.5) ? "Association " + words[0] + " " + word() : null;
			this.poles.add(new Pole(this.poles.size(), words, prefix, acronym, siren, commune, website, carrier));
		}
		return first;
	}

	public int poles() {
		return this.poles.size();
	}

	/** One record of a true pole, written one of the ways networks write. */
	public Record recordOf(int poleId) {
		Pole pole = this.poles.get(poleId);
		String name = pole.prefix() + " " + pole.words()[0] + " " + pole.words()[1];
		double way = this.random.nextDouble();
		if (way < 0.15) {
			name = "Pôle territorial de coopération économique " + pole.words()[0] + " " + pole.words()[1];
		}
		else if (way < 0.30) {
			name = pole.words()[0] + " " + pole.words()[1];
		}
		else if (way < 0.40) {
			name = pole.prefix() + " " + typo(pole.words()[0]) + " " + pole.words()[1];
		}
		else if (way < 0.45 && pole.acronym() != null) {
			name = pole.acronym();
		}
		boolean withPlace = this.random.nextDouble() < 0.9;
		boolean withSiren = pole.siren() != null && this.random.nextDouble() < 0.7;
		boolean carrierSiren = withSiren && this.random.nextDouble() < 0.1;
		Commune commune = pole.commune();
		return new Record(poleId, name, (this.random.nextDouble() < 0.5) ? pole.acronym() : null,
				withSiren ? pole.siren() : null, carrierSiren ? "porteuse" : null,
				withPlace ? commune.postalCode() : null, withPlace ? commune.name() : null, commune.departement(),
				commune.region(), (this.random.nextDouble() < 0.5) ? pole.website() : null,
				(this.random.nextDouble() < 0.5) ? pole.carrier() : null);
	}

	private String word() {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + this.random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[this.random.nextInt(SYLLABLES.length)]);
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private String typo(String word) {
		if (word.length() < 6) {
			return word;
		}
		int at = 1 + this.random.nextInt(word.length() - 3);
		char[] chars = word.toCharArray();
		char swapped = chars[at];
		chars[at] = chars[at + 1];
		chars[at + 1] = swapped;
		return new String(chars);
	}

	private static List<Commune> communes() {
		List<Commune> communes = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				SyntheticPoles.class.getResourceAsStream("/reference/geo/communes.csv"), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code;")).forEach(line -> {
				String[] cells = line.split(";", -1);
				if (cells.length >= 5 && !cells[4].isEmpty() && !cells[3].isEmpty()) {
					communes.add(new Commune(cells[1], cells[2], cells[3], cells[4].split("\\|")[0]));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return communes;
	}

}
