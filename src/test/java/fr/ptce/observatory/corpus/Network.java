package fr.ptce.observatory.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fr.ptce.observatory.corpus.FileStyle.Format;
import fr.ptce.observatory.corpus.Geography.Commune;
import fr.ptce.observatory.corpus.Geography.Departement;
import fr.ptce.observatory.corpus.Geography.Region;

/**
 * The network that sends one corpus file, drawn from the file's seed: its name and territory (a region, now and
 * then an overseas one, or all of France), its communes, its way of writing ({@link FileStyle}), the vocabulary
 * part its headers come from, and the random generator every choice about the file is drawn from.
 */
final class Network {

	final Random random;

	final HeaderVocabulary vocabulary;

	final FileStyle style;

	final PoleNames names;

	/** The network's name: « CRESS Bretagne ». */
	final String name;

	/** The region it covers, or « France ». */
	final String territory;

	final List<Departement> departements;

	private final List<Commune> communes;

	/** The communes with a postal code ending in 00: towns rather than villages. */
	private final List<Commune> towns = new ArrayList<>();

	private final List<Commune> usedCommunes = new ArrayList<>();

	private final Set<String> usedSirets = new HashSet<>();

	Network(Format format, long seed, HeaderVocabulary vocabulary, Geography geography) {
		this.random = new Random(seed);
		this.vocabulary = vocabulary;
		this.style = new FileStyle(format, this.random);
		this.names = new PoleNames(this.random);
		double draw = this.random.nextDouble();
		if (draw < 0.1) {
			this.departements = geography.mainlandRegions()
				.stream()
				.flatMap(region -> geography.departements(region).stream())
				.toList();
			this.territory = "France";
			this.name = pick(List.of("Réseau national des PTCE", "Collectif national ESS", "Union des pôles"));
		}
		else {
			Region region = pick((draw < 0.15) ? geography.overseasRegions() : geography.mainlandRegions());
			this.departements = geography.departements(region);
			this.territory = region.name();
			this.name = pick(List.of("CRESS ", "Réseau des PTCE ", "France Active ", "Collectif ESS ",
					"Chambre régionale de l'ESS ")) + region.name();
		}
		this.communes = this.departements.stream().flatMap(d -> geography.communes(d).stream()).toList();
		this.communes.stream()
			.filter(c -> c.postalCodes().stream().anyMatch(p -> p.endsWith("00")))
			.forEach(this.towns::add);
	}

	/** A commune of the territory: often a town, sometimes one already drawn. */
	Commune commune() {
		if (!this.usedCommunes.isEmpty() && chance(0.2)) {
			return pick(this.usedCommunes);
		}
		Commune commune = (chance(0.6) && !this.towns.isEmpty()) ? pick(this.towns) : pick(this.communes);
		this.usedCommunes.add(commune);
		return commune;
	}

	/** A commune already drawn (for placeholders naming a territory of the file). */
	Commune usedCommune() {
		return pick(this.usedCommunes);
	}

	/** A fictitious SIRET with a valid SIREN and a valid check digit, unique in the file; a few start with 0. */
	String siret() {
		String siret;
		do {
			int first = chance(0.04) ? 0 : 1 + this.random.nextInt(9);
			String siren = withCheckDigit(first + String.format("%07d", this.random.nextInt(10_000_000)));
			siret = withCheckDigit(siren + String.format("%04d", 1 + this.random.nextInt(40)));
		}
		while (!this.usedSirets.add(siret));
		return siret;
	}

	/**
	 * The digits followed by the check digit that makes them pass the Luhn check, as SIRENs and SIRETs do (the
	 * same rule as {@code samples.SampleSirets}, which the corpus does not depend on).
	 */
	static String withCheckDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			// the check digit will come last: the digits doubled are those at odd ranks from it
			if (i % 2 == 0) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return digits + (10 - sum % 10) % 10;
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
