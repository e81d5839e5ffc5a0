package fr.ptce.observatory.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.ptce.observatory.corpus.CorpusWorkbooks.Grid;
import fr.ptce.observatory.corpus.Geography.Commune;
import fr.ptce.observatory.corpus.Geography.Region;
import fr.ptce.observatory.corpus.ResolutionNames.Kind;
import fr.ptce.observatory.corpus.ResolutionTruth.Injected;
import fr.ptce.observatory.corpus.ResolutionTruth.MemberRow;
import fr.ptce.observatory.corpus.ResolutionTruth.PoleRow;
import fr.ptce.observatory.corpus.ResolutionTruth.TrueOrganisation;
import fr.ptce.observatory.corpus.ResolutionTruth.TruePole;
import fr.ptce.observatory.corpus.ResolutionUniverse.NetworkDef;
import fr.ptce.observatory.corpus.ResolutionUniverse.OrgDef;
import fr.ptce.observatory.corpus.ResolutionUniverse.PoleDef;
import fr.ptce.observatory.ingestion.Field;

/**
 * Writes a multi-network corpus to measure resolution, with its truth (issue #13): a universe of true poles
 * (default 240) and their member organisations, listed over several years (default 2024 and 2025) by several
 * networks (default 12: two national, regional ones, some covering a few départements), each writing the poles
 * it knows its own way. One .xlsx per network and year, {@code reseau-NN/reseau-NN-YYYY.xlsx}: a sheet of poles
 * with the national template's headers (« Nom du pôle », « Sigle », « Structure porteuse », « SIRET »,
 * « SIRET de », « Code postal », « Commune », « Département », « Statut », « Site web », « Courriel »,
 * « Année de création »: each network a subset), and for about half the networks a sheet « Membres » (« Pôle »,
 * « Nom du membre », « SIRET », « Commune ou code postal », « Catégorie »). The folders are named like no source
 * profile, so the files are read without one; their headers are those the reader knows for sure, so that the
 * measure is about resolution, not reading.
 * <p>
 * Every class of issue #13 is injected at a controlled rate (see {@link Injected} and the summary printed by
 * {@link #main}): SIRETs of unknown role (the carrier's or the pole's own, « SIRET de » often absent), carriers of
 * several poles, typos, truncated names, initials, places added, word order, capitals, acronyms, type words
 * dropped or changed, CEDEX and « St » spellings, look-alike poles of one commune, the corpus' frequent words,
 * members shared by several poles, cooperatives of one name in several cities with their own SIRENs, member rows
 * with and without SIRET, a pole listed twice in one file. Names, frequent words and the forms of the variations
 * come from one part of the word lists ({@link ResolutionNames}): {@link Vocabulary#TUNING} may be looked at while
 * tuning resolution, {@link Vocabulary#VALIDATION} (written blind) to check that a rule generalises, its words never
 * taken, {@link Vocabulary#HELD_OUT} never. The same seed, part and settings give the same corpus.
 */
public final class ResolutionCorpus {

	/**
	 * The size of a corpus.
	 *
	 * @param poles the number of true poles
	 * @param networks the number of networks (each sends one file a year)
	 * @param years the observation years, ascending
	 */
	public record Settings(int poles, int networks, List<Integer> years) {

		/** 240 true poles, 12 networks, 2024 and 2025: 24 files. */
		public static final Settings DEFAULT = new Settings(240, 12, List.of(2024, 2025));

		public Settings {
			years = List.copyOf(years);
		}

	}

	/** The name of the sheet of members. */
	public static final String MEMBER_SHEET = "Membres";

	/** The headers of the sheet of members, in order. */
	public static final List<String> MEMBER_HEADERS = List.of("Pôle", "Nom du membre", "SIRET",
			"Commune ou code postal", "Catégorie");

	private static final Map<String, List<String>> STATUS_SPELLINGS = Map.of(
			ResolutionUniverse.ACTIF, List.of("Actif", "actif", "Active", "En activité", "En fonctionnement"),
			ResolutionUniverse.EMERGENT, List.of("Émergent", "émergent", "En émergence", "En projet", "Émergente"),
			ResolutionUniverse.SOMMEIL, List.of("En sommeil", "en sommeil", "Sommeil", "En veille", "Inactif"),
			ResolutionUniverse.DISSOUS, List.of("Dissous", "dissous", "Dissoute", "Fermé", "Cessé"));

	private static final List<List<String>> ROLE_SPELLINGS = List.of(List.of("pôle", "porteuse"),
			List.of("PTCE", "structure porteuse"), List.of("du pôle", "porteur"));

	private static final Map<String, List<String>> CATEGORY_SPELLINGS = Map.of(
			"entreprise ESS", List.of("ESS", "Entreprise ESS", "Structure ESS", "ESS"),
			"entreprise classique", List.of("Entreprise", "Entreprise classique", "PME", "Entreprise privée"),
			"collectivité", List.of("Collectivité", "Collectivité territoriale", "collectivité", "Collectivité"),
			"organisme de formation", List.of("Organisme de formation", "Formation", "Centre de formation", "formation"),
			"recherche / enseignement supérieur", List.of("Recherche", "Enseignement supérieur", "Recherche", "Université"),
			"organisme public", List.of("Organisme public", "Organisme public", "CMA", "Chambre de métiers"),
			"citoyen / autre", List.of("Autre", "autre", "Autre", "Autre"));

	private static final String LONG_FORM = "Pôle territorial de coopération économique";

	/** How one network writes one pole (kept from one year to the next, mostly). */
	private static final class Writing {

		String name;

		final Set<Injected> classes = EnumSet.noneOf(Injected.class);

		String acronym;

		String carrier;

		String siret;

		/** The role written in « SIRET de », {@code null} when none. */
		String role;

		String postalCode;

		String commune;

		String departement;

		String website;

		String email;

		Integer creationYear;

		Writing copy() {
			Writing copy = new Writing();
			copy.name = this.name;
			copy.classes.addAll(this.classes);
			copy.acronym = this.acronym;
			copy.carrier = this.carrier;
			copy.siret = this.siret;
			copy.role = this.role;
			copy.postalCode = this.postalCode;
			copy.commune = this.commune;
			copy.departement = this.departement;
			copy.website = this.website;
			copy.email = this.email;
			copy.creationYear = this.creationYear;
			return copy;
		}

	}

	/** A row of poles to write. */
	private static final class Row {

		final PoleDef pole;

		final Writing writing;

		final boolean duplicate;

		boolean statusWritten;

		Row(PoleDef pole, Writing writing, boolean duplicate) {
			this.pole = pole;
			this.writing = writing;
			this.duplicate = duplicate;
		}

	}

	/** A file to write: one network, one year. */
	private static final class PlannedFile {

		final NetworkDef network;

		final int year;

		final String path;

		final List<Row> rows = new ArrayList<>();

		PlannedFile(NetworkDef network, int year) {
			this.network = network;
			this.year = year;
			this.path = network.folder + "/" + network.folder + "-" + year + ".xlsx";
		}

	}

	private final ResolutionUniverse universe;

	private final ResolutionNames names;

	private final Random random;

	private final Map<String, Writing> writings = new HashMap<>();

	/** The classes of a name's variation, dropped when the pole's own name is written instead. */
	private static final Set<Injected> NAME_VARIATIONS = Set.of(Injected.TYPO, Injected.TRUNCATED, Injected.INITIALS,
			Injected.PLACE_ADDED, Injected.WORD_ORDER, Injected.CAPITALS, Injected.ACCENTS_DROPPED, Injected.ACRONYM_ALONE,
			Injected.ACRONYM_WITH_NAME, Injected.TYPE_WORD_CHANGED, Injected.SAINT_ABBREVIATED);

	/** The pole that first wrote each name (folded). */
	private final Map<String, String> nameWrittenBy = new HashMap<>();

	private final Map<String, String[]> memberWritings = new HashMap<>();

	private final Set<String> postalCodes = new HashSet<>();

	private final List<PlannedFile> files = new ArrayList<>();

	private ResolutionCorpus(ResolutionUniverse universe, Geography geography) {
		this.universe = universe;
		this.names = universe.names;
		this.random = universe.random;
		for (Region region : geography.mainlandRegions()) {
			geography.departements(region)
				.forEach(d -> geography.communes(d).forEach(c -> this.postalCodes.addAll(c.postalCodes())));
		}
	}

	/** Writes the corpus of the seed and part with the {@link Settings#DEFAULT default settings}. */
	public static ResolutionTruth write(Path dir, long seed, Vocabulary part) {
		return write(dir, seed, part, Settings.DEFAULT);
	}

	/** Writes the corpus of the seed, part and settings into {@code dir} (created if needed); returns its truth. */
	public static ResolutionTruth write(Path dir, long seed, Vocabulary part, Settings settings) {
		Random random = new Random(seed);
		ResolutionNames names = ResolutionNames.load(part);
		Geography geography = Geography.load();
		ResolutionUniverse universe = ResolutionUniverse.create(random, names, geography, settings.poles(),
				settings.networks(), settings.years());
		ResolutionCorpus corpus = new ResolutionCorpus(universe, geography);
		corpus.plan();
		try {
			return corpus.write(dir, part, seed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ------------------------------------------------------------------------------------------------ plan

	private void plan() {
		for (int year : this.universe.years) {
			for (NetworkDef network : this.universe.networks) {
				List<PoleDef> poles = this.universe.listings.get(year).get(network);
				if (poles.isEmpty()) {
					continue;
				}
				PlannedFile file = new PlannedFile(network, year);
				Map<String, PoleDef> names = new HashMap<>();
				for (PoleDef pole : poles) {
					String key = network.folder + "/" + pole.id;
					Writing writing = this.writings.get(key);
					if (writing == null || chance(0.15)) {
						writing = draw(network, pole);
					}
					// two poles of one file never have the same name: the file could not say which is which
					for (int attempt = 0; attempt < 10 && names.containsKey(ResolutionNames.fold(writing.name)); attempt++) {
						writing = draw(network, pole);
					}
					this.writings.put(key, writing);
					names.put(ResolutionNames.fold(writing.name), pole);
					Row row = new Row(pole, writing, false);
					row.statusWritten = !chance(network.statusBlank);
					file.rows.add(row);
				}
				order(file);
				duplicates(file);
				this.files.add(file);
			}
			// a pole « en sommeil » or « dissous » always has a row of the year that says so
			Map<PoleDef, List<Row>> byPole = new LinkedHashMap<>();
			this.files.stream()
				.filter(file -> file.year == year)
				.forEach(file -> file.rows.forEach(row -> byPole.computeIfAbsent(row.pole, p -> new ArrayList<>()).add(row)));
			byPole.forEach((pole, rows) -> {
				if (!active(pole.status.get(year)) && rows.stream().noneMatch(row -> row.statusWritten)) {
					rows.get(0).statusWritten = true;
				}
			});
		}
	}

	private static boolean active(String status) {
		return ResolutionUniverse.ACTIF.equals(status) || ResolutionUniverse.EMERGENT.equals(status);
	}

	private void order(PlannedFile file) {
		if (file.network.order == 2) {
			Collections.shuffle(file.rows, this.random);
			return;
		}
		Comparator<Row> byName = Comparator.comparing(row -> ResolutionNames.fold(row.writing.name));
		file.rows.sort((file.network.order == 0)
				? Comparator.<Row, String>comparing(row -> row.pole.departement().code()).thenComparing(byName) : byName);
	}

	/** Lists some poles a second time lower in the file: same name (capitals aside) and commune. */
	private void duplicates(PlannedFile file) {
		List<Row> originals = List.copyOf(file.rows);
		for (Row original : originals) {
			if (!chance(0.03)) {
				continue;
			}
			Writing copy = original.writing.copy();
			if (chance(0.3) && !copy.name.equals(ResolutionNames.capitals(copy.name, false))) {
				copy.name = ResolutionNames.capitals(copy.name, false);
				copy.classes.add(Injected.CAPITALS);
			}
			if (chance(0.5)) {
				copy.siret = null;
				copy.role = null;
				copy.classes.removeIf(c -> c.name().startsWith("SIRET_"));
			}
			if (chance(0.5)) {
				copy.acronym = null;
				copy.carrier = null;
				copy.website = null;
				copy.email = null;
				copy.classes.remove(Injected.CARRIER_DOMAIN);
				copy.creationYear = null;
			}
			copy.classes.add(Injected.DUPLICATE_IN_FILE);
			Row duplicate = new Row(original.pole, copy, true);
			duplicate.statusWritten = !chance(file.network.statusBlank);
			int after = file.rows.indexOf(original);
			file.rows.add(after + 1 + this.random.nextInt(file.rows.size() - after), duplicate);
		}
	}

	/** How a network writes a pole: its name, identifiers, commune, contact. */
	private Writing draw(NetworkDef network, PoleDef pole) {
		Writing writing = new Writing();
		Commune commune = pole.commune;
		boolean saint = ResolutionNames.isSaint(commune.name()) && chance(0.55);
		int saintWay = this.random.nextInt(3);
		boolean cedex = !saint && chance(0.07);

		writing.name = name(pole, writing.classes);
		if (saint && writing.name.contains(commune.name())) {
			writing.name = writing.name.replace(commune.name(), ResolutionNames.abbreviateSaint(commune.name(), saintWay));
			writing.classes.add(Injected.SAINT_ABBREVIATED);
		}
		if (!writing.classes.contains(Injected.ACRONYM_ALONE)) {
			double draw = this.random.nextDouble();
			if (draw < 0.09) {
				boolean drop = chance(0.5);
				String upper = ResolutionNames.capitals(writing.name, drop);
				if (!upper.equals(writing.name)) {
					if (!upper.equals(ResolutionNames.capitals(writing.name, false))) {
						writing.classes.add(Injected.ACCENTS_DROPPED);
					}
					writing.name = upper;
					writing.classes.add(Injected.CAPITALS);
				}
			}
			else if (draw < 0.15) {
				String plain = ResolutionNames.stripAccents(writing.name);
				if (!plain.equals(writing.name)) {
					writing.name = plain;
					writing.classes.add(Injected.ACCENTS_DROPPED);
				}
			}
		}
		// a name written is one pole's: a variant that another pole's variant already wrote (« … de Saint » cut from
		// two communes « Saint-… ») is written as the pole's own name instead
		String folded = HeaderVocabulary.fold(writing.name);
		if (!this.nameWrittenBy.getOrDefault(folded, pole.id).equals(pole.id)) {
			writing.name = pole.name;
			writing.classes.removeAll(NAME_VARIATIONS);
			folded = HeaderVocabulary.fold(writing.name);
		}
		this.nameWrittenBy.putIfAbsent(folded, pole.id);
		if (this.names.hasFrequentWord(writing.name)) {
			writing.classes.add(Injected.FREQUENT_WORDS);
		}
		if (pole.lookalike != null) {
			writing.classes.add(Injected.LOOKALIKE);
		}

		if (network.acronym && pole.acronym != null && chance(0.7)) {
			writing.acronym = pole.acronym;
		}
		if (network.carrier && chance(0.8)) {
			String carrier = pole.carrier.name;
			double draw = this.random.nextDouble();
			if (draw < 0.12) {
				carrier = ResolutionNames.capitals(carrier, chance(0.5));
			}
			else if (draw < 0.3 && !pole.carrier.prefix.isEmpty()) {
				carrier = carrier.substring(pole.carrier.prefix.length());
			}
			writing.carrier = carrier;
		}
		siret(network, pole, writing);

		// the commune: CEDEX, « St », capitals
		String postal = pole.postalCode;
		String communeText = commune.name();
		if (cedex) {
			postal = cedexCode(pole.postalCode);
			int number = 1 + this.random.nextInt(9);
			communeText = switch (this.random.nextInt(3)) {
				case 0 -> commune.name() + " Cedex";
				case 1 -> commune.name() + " Cedex " + String.format("%02d", number);
				default -> ResolutionNames.capitals(commune.name(), true) + " CEDEX " + number;
			};
		}
		else if (saint) {
			communeText = ResolutionNames.abbreviateSaint(commune.name(), saintWay);
		}
		else {
			double draw = this.random.nextDouble();
			if (draw < 0.12) {
				communeText = ResolutionNames.capitals(communeText, chance(0.5));
			}
			else if (draw < 0.2) {
				communeText = ResolutionNames.stripAccents(communeText);
			}
		}
		writing.postalCode = (network.postalCode && chance(0.93)) ? postal : null;
		writing.commune = (network.commune && (writing.postalCode == null || chance(0.95))) ? communeText : null;
		if (writing.postalCode == null && writing.commune == null) {
			if (network.commune) {
				writing.commune = communeText;
			}
			else {
				writing.postalCode = postal;
			}
		}
		if (cedex) {
			writing.classes.add(Injected.CEDEX);
		}
		if (saint && writing.commune != null) {
			writing.classes.add(Injected.SAINT_ABBREVIATED);
		}
		if (network.departement && chance(0.9)) {
			String code = commune.departement().code();
			String name = commune.departement().name();
			writing.departement = switch (network.departementFormat) {
				case 0 -> code;
				case 1 -> name;
				case 2 -> code + " - " + name;
				default -> name + " (" + code + ")";
			};
		}

		if (network.website && pole.domain != null && chance(0.75)) {
			String domain = pole.domain;
			writing.website = switch (this.random.nextInt(5)) {
				case 0 -> "https://www." + domain;
				case 1 -> "www." + domain;
				case 2 -> "http://" + domain + "/";
				case 3 -> domain;
				default -> "https://" + domain + "/accueil";
			};
		}
		if (network.email && chance(0.7)) {
			boolean sharedCarrier = pole.carrier.poles.size() > 1 && pole.carrier.domain != null;
			if (sharedCarrier && (pole.domain == null || chance(0.5))) {
				writing.email = pick(List.of("contact@", "ptce@", "accueil@")) + pole.carrier.domain;
				writing.classes.add(Injected.CARRIER_DOMAIN);
			}
			else if (pole.domain != null) {
				writing.email = pick(List.of("contact@", "coordination@", "bonjour@")) + pole.domain;
			}
			else {
				writing.email = PoleNames.slug(pole.name) + "@" + pick(List.of("gmail.com", "orange.fr", "laposte.net"));
			}
		}
		if (network.creationYear && chance(0.8)) {
			writing.creationYear = pole.creationYear;
		}
		return writing;
	}

	/** The pole's name as a network writes it, with the classes of its variation. */
	private String name(PoleDef pole, Set<Injected> classes) {
		String name = pole.name;
		if (pole.person != null && chance(0.4)) {
			classes.add(Injected.INITIALS);
			return pole.personType + " " + ResolutionNames.initials(pole.person);
		}
		if (pole.acronym != null) {
			double draw = this.random.nextDouble();
			if (draw < 0.08) {
				classes.add(Injected.ACRONYM_ALONE);
				return pole.acronym;
			}
			if (draw < 0.18) {
				classes.add(Injected.ACRONYM_WITH_NAME);
				return switch (this.random.nextInt(3)) {
					case 0 -> pole.acronym + " – " + name;
					case 1 -> name + " (" + pole.acronym + ")";
					default -> pole.acronym + " - " + name;
				};
			}
		}
		// a cell limit cuts long names at 30 to 40 characters, never before the start of their distinctive part
		int distinctive = Math.max(0, name.indexOf(pole.rest)) + Math.min(pole.rest.length(), 8);
		int shortest = Math.max(30, distinctive);
		int longest = Math.min(40, name.length() - 3);
		if (shortest <= longest && chance(0.35)) {
			classes.add(Injected.TRUNCATED);
			return ResolutionNames.truncate(name, shortest + this.random.nextInt(longest - shortest + 1));
		}
		double draw = this.random.nextDouble();
		if (draw < 0.42) {
			return name;
		}
		if (draw < 0.52) {
			String typo = ResolutionNames.typo(name, this.random);
			if (!typo.equals(name)) {
				classes.add(Injected.TYPO);
			}
			return typo;
		}
		if (draw < 0.64) {
			classes.add(Injected.PLACE_ADDED);
			Commune commune = pole.commune;
			return pick(this.names.texts(Kind.PLACE_FORM)).replace("{name}", name)
				.replace("{commune}", commune.name())
				.replace("{at_commune}", PoleNames.at(commune.name()))
				.replace("{dep}", commune.departement().code())
				.replace("{departement}", commune.departement().name());
		}
		if (draw < 0.72) {
			String moved = wordOrder(pole);
			if (moved != null) {
				classes.add(Injected.WORD_ORDER);
				return moved;
			}
			return name;
		}
		if (draw < 0.84) {
			classes.add(Injected.TYPE_WORD_CHANGED);
			return typeChanged(pole);
		}
		return name;
	}

	/** « La Coursive – Pôle ESS », « Coursive (La) », « Pôle ESS La Coursive » for « La Coursive – pôle ESS ». */
	private String wordOrder(PoleDef pole) {
		boolean typeBefore = pole.type != null && pole.form != ResolutionUniverse.Form.CORE_SUFFIX
				&& pole.form != ResolutionUniverse.Form.TYPE_PLACE
				&& !(pole.form == ResolutionUniverse.Form.PTCE && pole.type.equals(LONG_FORM));
		if (typeBefore) {
			return chance(0.5) ? pole.rest + " – " + pole.type : pole.rest + " (" + pole.type + ")";
		}
		if (pole.form == ResolutionUniverse.Form.CORE_SUFFIX && pole.type.startsWith("– ")) {
			String type = pole.type.substring(2);
			return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + pole.rest;
		}
		for (String article : List.of("Le ", "La ", "Les ")) {
			if (pole.name.startsWith(article)) {
				return pole.name.substring(article.length()) + " (" + article.strip() + ")";
			}
		}
		if (pole.name.startsWith("L'")) {
			return pole.name.substring(2) + " (L')";
		}
		return null;
	}

	/** The name with its type words dropped, replaced, or PTCE written in full or short. */
	private String typeChanged(PoleDef pole) {
		return switch (pole.form) {
			case TYPE_CORE, TYPE_CORE_TOWN, PERSON -> {
				double draw = this.random.nextDouble();
				yield (draw < 0.4) ? pole.rest : (draw < 0.7) ? "PTCE " + pole.rest : LONG_FORM + " " + pole.rest;
			}
			case INVENTED -> (pole.type != null && chance(0.5)) ? pole.rest
					: chance(0.5) ? "PTCE " + pole.rest : LONG_FORM + " " + pole.rest;
			case TYPE_PLACE -> chance(0.5) ? "PTCE " + pole.rest : LONG_FORM + " " + pole.rest;
			case PTCE -> pole.type.equals("PTCE") ? LONG_FORM + " " + pole.rest : "PTCE " + pole.rest;
			case CORE_SUFFIX -> pole.rest;
			default -> chance(0.6) ? "PTCE " + pole.name : pick(this.names.texts(Kind.TYPE)) + " " + pole.name;
		};
	}

	/** Whose SIRET the network writes, and whether it says so. */
	private void siret(NetworkDef network, PoleDef pole, Writing writing) {
		if (!network.siret) {
			return;
		}
		boolean own;
		double draw = this.random.nextDouble();
		if (pole.legalEntity) {
			if (draw >= 0.7) {
				return;
			}
			own = true;
		}
		else if (pole.ownSiret != null) {
			if (draw >= 0.9) {
				return;
			}
			own = draw < 0.5;
		}
		else {
			if (draw >= 0.6) {
				return;
			}
			own = false;
		}
		String siret = own ? pole.ownSiret : pole.carrier.siret;
		writing.siret = chance(0.2)
				? siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9)
				: siret;
		boolean declared = network.siretRole && chance(0.75);
		if (declared) {
			writing.role = ROLE_SPELLINGS.get(network.roleSpelling).get(own ? 0 : 1);
		}
		writing.classes.add(own ? (declared ? Injected.SIRET_POLE_DECLARED : Injected.SIRET_POLE_UNDECLARED)
				: (declared ? Injected.SIRET_CARRIER_DECLARED : Injected.SIRET_CARRIER_UNDECLARED));
		if (!own && pole.carrier.poles.size() > 1) {
			writing.classes.add(Injected.SIRET_SHARED_CARRIER);
		}
	}

	/** A CEDEX postal code of the département: its first digits, then digits no commune has as postal code. */
	private String cedexCode(String postalCode) {
		String prefix = postalCode.substring(0, 2);
		for (int attempt = 0; attempt < 100; attempt++) {
			String code = prefix + (chance(0.5) ? 300 + this.random.nextInt(100) : 900 + this.random.nextInt(100));
			if (!this.postalCodes.contains(code)) {
				return code;
			}
		}
		return prefix + "999";
	}

	// ------------------------------------------------------------------------------------------------ write

	private ResolutionTruth write(Path dir, Vocabulary part, long seed) throws IOException {
		List<String> written = new ArrayList<>();
		List<PoleRow> poleRows = new ArrayList<>();
		List<MemberRow> memberRows = new ArrayList<>();
		for (PlannedFile file : this.files) {
			NetworkDef network = file.network;
			List<Field> fields = fields(network);
			Grid poles = new Grid(network.sheet.replace("{year}", String.valueOf(file.year)));
			if (network.title) {
				poles.add(List.of("Recensement des PTCE " + file.year + " – " + network.name));
				poles.addBlank();
			}
			poles.headerRow = poles.add(fields.stream().map(Field::templateHeader).toList());
			Map<PoleDef, Row> firstRows = new LinkedHashMap<>();
			for (Row row : file.rows) {
				int index = poles.add(cells(row, fields, file.year, network));
				firstRows.putIfAbsent(row.pole, row);
				poleRows.add(new PoleRow(file.path, poles.name, index + 1, file.year, network.folder, row.pole.id,
						row.writing.name, Collections.unmodifiableSet(EnumSet.copyOf(withNone(row.writing.classes)))));
			}
			List<Grid> grids = new ArrayList<>(List.of(poles));
			if (network.members) {
				Grid members = new Grid(MEMBER_SHEET);
				List<String> headers = memberHeaders(network);
				members.headerRow = members.add(headers);
				for (Row row : firstRows.values()) {
					if (!chance(0.8)) {
						continue;
					}
					String reference = (row.writing.acronym != null && chance(0.15)) ? row.writing.acronym
							: row.writing.name;
					List<OrgDef> listed = new ArrayList<>();
					List<OrgDef> all = new ArrayList<>();
					row.pole.memberships.stream()
						.filter(m -> m.years().contains(file.year))
						.forEach(m -> all.add(m.org()));
					for (OrgDef org : all) {
						if (chance(0.85)) {
							listed.add(org);
						}
					}
					for (OrgDef org : all) {
						if (listed.size() >= Math.min(3, all.size())) {
							break;
						}
						if (!listed.contains(org)) {
							listed.add(org);
						}
					}
					for (OrgDef org : listed) {
						Set<Injected> classes = EnumSet.noneOf(Injected.class);
						List<Object> cells = memberCells(network, org, reference, headers, classes);
						int index = members.add(cells);
						memberRows.add(new MemberRow(file.path, MEMBER_SHEET, index + 1, file.year, row.pole.id, org.id,
								reference, (String) cells.get(1), Collections.unmodifiableSet(classes)));
					}
				}
				if (members.rows.size() > 1) {
					grids.add(members);
				}
			}
			Path target = dir.resolve(file.path);
			Files.createDirectories(target.getParent());
			CorpusWorkbooks.writeWorkbook(target, grids, 0, false);
			written.add(file.path);
		}
		return new ResolutionTruth(part, seed, written, poleRows, memberRows, truePoles(), trueOrganisations(),
				activePoles(poleRows));
	}

	private static Set<Injected> withNone(Set<Injected> classes) {
		return classes.isEmpty() ? EnumSet.noneOf(Injected.class) : classes;
	}

	/** The columns of a network's sheet of poles, in the template's order. */
	private static List<Field> fields(NetworkDef network) {
		List<Field> fields = new ArrayList<>(List.of(Field.NAME));
		add(fields, network.acronym, Field.ACRONYM);
		add(fields, network.carrier, Field.CARRIER_NAME);
		add(fields, network.siret, Field.SIRET);
		add(fields, network.siretRole, Field.SIRET_ROLE);
		add(fields, network.postalCode, Field.POSTAL_CODE);
		add(fields, network.commune, Field.COMMUNE);
		add(fields, network.departement, Field.DEPARTEMENT);
		fields.add(Field.STATUS);
		add(fields, network.website, Field.WEBSITE);
		add(fields, network.email, Field.CONTACT_EMAIL);
		add(fields, network.creationYear, Field.CREATION_YEAR);
		return fields;
	}

	private static void add(List<Field> fields, boolean present, Field field) {
		if (present) {
			fields.add(field);
		}
	}

	private static List<Object> cells(Row row, List<Field> fields, int year, NetworkDef network) {
		Writing writing = row.writing;
		List<Object> cells = new ArrayList<>();
		for (Field field : fields) {
			cells.add(switch (field) {
				case NAME -> writing.name;
				case ACRONYM -> writing.acronym;
				case CARRIER_NAME -> writing.carrier;
				case SIRET -> writing.siret;
				case SIRET_ROLE -> writing.role;
				case POSTAL_CODE -> writing.postalCode;
				case COMMUNE -> writing.commune;
				case DEPARTEMENT -> writing.departement;
				case STATUS -> row.statusWritten
						? STATUS_SPELLINGS.get(row.pole.status.get(year)).get(network.statusSpelling) : null;
				case WEBSITE -> writing.website;
				case CONTACT_EMAIL -> writing.email;
				case CREATION_YEAR -> writing.creationYear;
				default -> throw new IllegalStateException(field.name());
			});
		}
		return cells;
	}

	private static List<String> memberHeaders(NetworkDef network) {
		List<String> headers = new ArrayList<>(MEMBER_HEADERS.subList(0, 2));
		if (network.memberSiret) {
			headers.add(MEMBER_HEADERS.get(2));
		}
		if (network.memberCommune) {
			headers.add(MEMBER_HEADERS.get(3));
		}
		if (network.memberCategory) {
			headers.add(MEMBER_HEADERS.get(4));
		}
		return headers;
	}

	/** A row of members: the pole's reference, the member's name as the network writes it, SIRET, commune. */
	private List<Object> memberCells(NetworkDef network, OrgDef org, String reference, List<String> headers,
			Set<Injected> classes) {
		String key = network.folder + "/" + org.id;
		String[] writing = this.memberWritings.get(key);
		if (writing == null || chance(0.15)) {
			writing = new String[] { memberName(org) };
			this.memberWritings.put(key, writing);
		}
		String name = writing[0];
		if (!name.equals(org.name)) {
			classes.add(Injected.MEMBER_NAME_VARIANT);
		}
		if (org.poles.size() > 1) {
			classes.add(Injected.MEMBER_SHARED);
		}
		if (org.homonym) {
			classes.add(Injected.MEMBER_HOMONYM);
		}
		List<Object> cells = new ArrayList<>(List.of(reference, name));
		String siret = null;
		if (headers.contains("SIRET")) {
			double draw = this.random.nextDouble();
			if (org.siren != null && draw < 0.55) {
				siret = pick(org.sirets);
				classes.add(Injected.MEMBER_WITH_SIRET);
			}
			else if (org.siren != null && draw < 0.7) {
				siret = org.siren;
				classes.add(Injected.MEMBER_WITH_SIREN);
			}
			cells.add(siret);
		}
		if (siret == null) {
			classes.add(Injected.MEMBER_WITHOUT_SIRET);
		}
		if (headers.contains("Commune ou code postal")) {
			double draw = this.random.nextDouble();
			cells.add((draw < 0.6) ? org.commune.name() : (draw < 0.9) ? org.postalCode : null);
		}
		if (headers.contains("Catégorie")) {
			cells.add(chance(0.92) ? CATEGORY_SPELLINGS.get(org.category).get(network.categorySpelling) : null);
		}
		return cells;
	}

	private String memberName(OrgDef org) {
		double draw = this.random.nextDouble();
		if (draw < 0.68) {
			return org.name;
		}
		if (draw < 0.77) {
			return ResolutionNames.capitals(org.name, chance(0.5));
		}
		if (draw < 0.83) {
			return ResolutionNames.stripAccents(org.name);
		}
		if (draw < 0.93) {
			if (!org.prefix.isEmpty()) {
				return org.name.substring(org.prefix.length());
			}
			return org.category.equals("entreprise ESS") && !org.name.contains(" d'insertion")
					&& !org.name.startsWith("Les Jardins") && !org.name.startsWith("Régie") ? "Association " + org.name
							: org.name;
		}
		return ResolutionNames.typo(org.name, this.random);
	}

	// ------------------------------------------------------------------------------------------------ truth

	private SortedMap<Integer, SortedSet<String>> activePoles(List<PoleRow> rows) {
		SortedMap<Integer, SortedSet<String>> active = new TreeMap<>();
		for (int year : this.universe.years) {
			SortedSet<String> ids = new TreeSet<>();
			for (PoleRow row : rows) {
				if (row.year() == year) {
					PoleDef pole = this.universe.poles.get(Integer.parseInt(row.poleId().substring(1)) - 1);
					if (active(pole.status.get(year))) {
						ids.add(pole.id);
					}
				}
			}
			active.put(year, Collections.unmodifiableSortedSet(ids));
		}
		return active;
	}

	private List<TruePole> truePoles() {
		List<TruePole> poles = new ArrayList<>();
		for (PoleDef pole : this.universe.poles) {
			poles.add(new TruePole(pole.id, pole.name, pole.acronym, pole.commune.code(), pole.commune.name(),
					pole.postalCode, pole.departement().code(), pole.carrier.name, pole.carrier.siret, pole.ownSiret,
					pole.carrier.poles.size() > 1, pole.domain, (pole.lookalike == null) ? null : pole.lookalike.id,
					Collections.unmodifiableSortedMap(new TreeMap<>(pole.status))));
		}
		return poles;
	}

	private List<TrueOrganisation> trueOrganisations() {
		List<TrueOrganisation> organisations = new ArrayList<>();
		for (OrgDef org : this.universe.organisations) {
			organisations.add(new TrueOrganisation(org.id, org.name, org.siren, org.commune.code(),
					org.commune.departement().code(), org.homonym));
		}
		return organisations;
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	// ------------------------------------------------------------------------------------------------ main

	/**
	 * Writes a corpus: {@code main DIR SEED PART [POLES NETWORKS]}; prints its summary line and the rate of each
	 * class injected.
	 */
	public static void main(String[] args) {
		if (args.length != 3 && args.length != 5) {
			System.err.println("usage: ResolutionCorpus DIR SEED TUNING|VALIDATION|HELD_OUT [POLES NETWORKS]");
			System.exit(2);
		}
		Settings settings = (args.length == 5)
				? new Settings(Integer.parseInt(args[3]), Integer.parseInt(args[4]), Settings.DEFAULT.years())
				: Settings.DEFAULT;
		ResolutionTruth truth = write(Path.of(args[0]), Long.parseLong(args[1]), Vocabulary.valueOf(args[2]), settings);
		System.out.println(truth.summary());
		StringBuilder rates = new StringBuilder("rates:");
		truth.rates().forEach((injected, rate) -> rates.append(' ')
			.append(injected.name().toLowerCase(java.util.Locale.ROOT))
			.append('=')
			.append(String.format(java.util.Locale.ROOT, "%.3f", rate)));
		System.out.println(rates);
	}

}
