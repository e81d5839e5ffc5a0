package fr.ptce.observatory.corpus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The truth of a corpus written by {@link ResolutionCorpus#write}: which true pole each row of poles describes,
 * which true (pole, organisation) each row of members describes, the true poles and organisations, and the poles
 * « actifs » each year.
 * <p>
 * Rows are keyed as the observatory stores them in {@code raw_row}: the file's path relative to the corpus
 * directory, with {@code /} ({@code source_file.name} when the corpus directory is the inbox, e.g.
 * {@code reseau-03/reseau-03-2025.xlsx}), the sheet's name ({@code raw_row.sheet}) and the row's number as Excel
 * shows it, 1-based ({@code raw_row.row_number}). See {@link RowKey}.
 *
 * @param part the vocabulary part the names were drawn from
 * @param seed the seed
 * @param files the files written, relative to the corpus directory, in the order written
 * @param poleRows every data row of every sheet of poles, in file then row order
 * @param memberRows every data row of every sheet of members, in file then row order
 * @param poles every true pole of the universe (some may be listed by no file in a year)
 * @param organisations every true organisation listed as a member somewhere
 * @param activePoles per year, the identifiers of the true poles « actifs » that year (see {@link #activePoles})
 */
public record ResolutionTruth(Vocabulary part, long seed, List<String> files, List<PoleRow> poleRows,
		List<MemberRow> memberRows, List<TruePole> poles, List<TrueOrganisation> organisations,
		SortedMap<Integer, SortedSet<String>> activePoles) {

	/**
	 * Where a row is, as {@code raw_row} keys it: {@code source_file.name} (path relative to the corpus directory,
	 * {@code /} separated), {@code raw_row.sheet}, {@code raw_row.row_number} (1-based, as Excel numbers it).
	 */
	public record RowKey(String file, String sheet, int rowNumber) {
	}

	/**
	 * A row of a sheet of poles.
	 *
	 * @param file the file, relative to the corpus directory
	 * @param sheet the sheet's name
	 * @param rowNumber the row's number as Excel shows it (1-based)
	 * @param year the year of the file (in its name)
	 * @param network the folder of the network that sent it ({@code reseau-03})
	 * @param poleId the true pole the row describes ({@code V0001})
	 * @param name the text of its « Nom du pôle » cell
	 * @param injected the difficulties the row carries
	 */
	public record PoleRow(String file, String sheet, int rowNumber, int year, String network, String poleId,
			String name, Set<Injected> injected) {

		public RowKey key() {
			return new RowKey(this.file, this.sheet, this.rowNumber);
		}

	}

	/**
	 * A row of a sheet of members.
	 *
	 * @param file the file, relative to the corpus directory
	 * @param sheet the sheet's name ({@code Membres})
	 * @param rowNumber the row's number as Excel shows it (1-based)
	 * @param year the year of the file
	 * @param poleId the true pole whose member it lists
	 * @param organisationId the true organisation it lists ({@code O0001})
	 * @param pole the text of its « Pôle » cell (the pole's name, or acronym, as the file's sheet of poles writes it)
	 * @param name the text of its « Nom du membre » cell
	 * @param injected the difficulties the row carries
	 */
	public record MemberRow(String file, String sheet, int rowNumber, int year, String poleId, String organisationId,
			String pole, String name, Set<Injected> injected) {

		public RowKey key() {
			return new RowKey(this.file, this.sheet, this.rowNumber);
		}

	}

	/**
	 * A true pole.
	 *
	 * @param id {@code V0001}…
	 * @param name its canonical name
	 * @param acronym its acronym, {@code null} when it has none
	 * @param communeCode the INSEE code of its commune
	 * @param commune its commune's name
	 * @param postalCode its postal code
	 * @param departement its département's code
	 * @param carrierName the structure that carries it (its own name when it is a legal entity itself)
	 * @param carrierSiret the carrier's SIRET
	 * @param ownSiret its own SIRET, {@code null} when it has none (equal to the carrier's when it carries itself)
	 * @param sharedCarrier whether its carrier carries other poles of the universe
	 * @param website its web domain, {@code null} when it has none
	 * @param lookalikeOf the true pole of the same commune whose name shares its place words, {@code null} if none
	 * @param status its status each year it exists (actif, émergent, en sommeil, dissous)
	 */
	public record TruePole(String id, String name, String acronym, String communeCode, String commune,
			String postalCode, String departement, String carrierName, String carrierSiret, String ownSiret,
			boolean sharedCarrier, String website, String lookalikeOf, SortedMap<Integer, String> status) {
	}

	/**
	 * A true organisation.
	 *
	 * @param id {@code O0001}…
	 * @param name its canonical name
	 * @param siren its SIREN, {@code null} when none is known
	 * @param communeCode the INSEE code of its commune
	 * @param departement its département's code
	 * @param homonym whether another organisation of the universe has the same name (folded)
	 */
	public record TrueOrganisation(String id, String name, String siren, String communeCode, String departement,
			boolean homonym) {
	}

	/** The difficulties a row may carry (the classes of issue #13), counted by {@link #count(Injected)}. */
	public enum Injected {
		/** Pole row: the « SIRET » cell holds the pole's own SIRET, « SIRET de » says « pôle ». */
		SIRET_POLE_DECLARED,
		/** Pole row: the pole's own SIRET, its role not written (no « SIRET de » column, or the cell blank). */
		SIRET_POLE_UNDECLARED,
		/** Pole row: the carrier's SIRET, « SIRET de » says « porteuse ». */
		SIRET_CARRIER_DECLARED,
		/** Pole row: the carrier's SIRET, its role not written: a SIRET of unknown role. */
		SIRET_CARRIER_UNDECLARED,
		/** Pole row: the SIRET written is that of a carrier of two or three poles. */
		SIRET_SHARED_CARRIER,
		/** Pole row: the courriel is at the domain of a carrier of several poles. */
		CARRIER_DOMAIN,
		/** Pole row: a letter swapped, dropped or doubled in a distinctive word. */
		TYPO,
		/** Pole row: the name cut at 30 to 40 characters. */
		TRUNCATED,
		/** Pole row: a person's given names written as initials (« Maison J. Moulin »). */
		INITIALS,
		/** Pole row: a place added to the name (« … à Lyon (69) », « … – Rhône »). */
		PLACE_ADDED,
		/** Pole row: words moved (« Coursive (La) », « La Coursive – Pôle ESS »). */
		WORD_ORDER,
		/** Pole row: the name typed in capitals. */
		CAPITALS,
		/** Pole row: the name's accents dropped. */
		ACCENTS_DROPPED,
		/** Pole row: the acronym alone in the name cell. */
		ACRONYM_ALONE,
		/** Pole row: the acronym and the name in the name cell. */
		ACRONYM_WITH_NAME,
		/** Pole row: the pole's type words dropped, replaced, or PTCE written in full or short. */
		TYPE_WORD_CHANGED,
		/** Pole row: the name holds a frequent type word of the corpus (« pôle », « coopération »…). */
		FREQUENT_WORDS,
		/** Pole row: a CEDEX postal code and commune (« 69361 », « Lyon Cedex 07 »). */
		CEDEX,
		/** Pole row: « Saint » / « Sainte » written « St » / « Ste » / « ST ». */
		SAINT_ABBREVIATED,
		/** Pole row: the pole has a look-alike of the same commune (« Le Relais X » / « Vivre à X »). */
		LOOKALIKE,
		/** Pole row: the pole was already listed above in the same file (same name and commune). */
		DUPLICATE_IN_FILE,
		/** Member row: the organisation is a member of several poles. */
		MEMBER_SHARED,
		/** Member row: another organisation (another city, another SIREN) has the same name. */
		MEMBER_HOMONYM,
		/** Member row: its SIRET written. */
		MEMBER_WITH_SIRET,
		/** Member row: its SIREN written (9 digits). */
		MEMBER_WITH_SIREN,
		/** Member row: no SIRET nor SIREN. */
		MEMBER_WITHOUT_SIRET,
		/** Member row: the name written otherwise than its canonical name (capitals, accents, legal form, typo). */
		MEMBER_NAME_VARIANT;

		public boolean memberClass() {
			return name().startsWith("MEMBER_");
		}

	}

	public ResolutionTruth {
		files = List.copyOf(files);
		poleRows = List.copyOf(poleRows);
		memberRows = List.copyOf(memberRows);
		poles = List.copyOf(poles);
		organisations = List.copyOf(organisations);
		activePoles = Collections.unmodifiableSortedMap(activePoles);
	}

	/**
	 * The true poles « actifs » in a year, as the observatory counts them ({@code PoleFacts.active()}): listed by
	 * at least one row of that year, with a status that is neither « en sommeil » nor « dissous ». Networks never
	 * disagree on a pole's status within a year: every row that writes one writes the pole's true status of that
	 * year (in its own spelling), others leave it blank, and a pole « en sommeil » or « dissous » always has at
	 * least one row that says so. So the headline depends on resolution only: a pole is active in a year when it
	 * is listed that year and its true status is « actif » or « émergent ».
	 */
	public SortedSet<String> activePoles(int year) {
		return this.activePoles.getOrDefault(year, new TreeSet<>());
	}

	/** The true poles listed by at least one row of a year. */
	public SortedSet<String> listedPoles(int year) {
		return this.poleRows.stream()
			.filter(row -> row.year() == year)
			.map(PoleRow::poleId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The rows of poles by their {@code raw_row} key. */
	public Map<RowKey, PoleRow> poleRowsByKey() {
		return this.poleRows.stream()
			.collect(Collectors.toMap(PoleRow::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The rows of members by their {@code raw_row} key. */
	public Map<RowKey, MemberRow> memberRowsByKey() {
		return this.memberRows.stream()
			.collect(Collectors.toMap(MemberRow::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The number of rows (pole rows for a pole class, member rows for a member class) that carry a class. */
	public long count(Injected injected) {
		return injected.memberClass()
				? this.memberRows.stream().filter(row -> row.injected().contains(injected)).count()
				: this.poleRows.stream().filter(row -> row.injected().contains(injected)).count();
	}

	/** The share of pole rows (or member rows, for a member class) carrying each class. */
	public Map<Injected, Double> rates() {
		Map<Injected, Double> rates = new EnumMap<>(Injected.class);
		for (Injected injected : Injected.values()) {
			long total = injected.memberClass() ? this.memberRows.size() : this.poleRows.size();
			rates.put(injected, (total == 0) ? 0.0 : count(injected) / (double) total);
		}
		return rates;
	}

	/** The number of true poles listed by rows of two networks or more in a same year. */
	public long polesListedBySeveralNetworks() {
		return this.poleRows.stream()
			.collect(Collectors.groupingBy(row -> row.poleId() + "@" + row.year(),
					Collectors.mapping(PoleRow::network, Collectors.toSet())))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() >= 2)
			.map(entry -> entry.getKey().substring(0, entry.getKey().indexOf('@')))
			.distinct()
			.count();
	}

	/**
	 * The number of true poles whose rows write both its own SIRET and its carrier's (different ones): the
	 * poles that « same SIREN » alone would split.
	 */
	public long polesWithTwoSirets() {
		return this.poleRows.stream()
			.collect(Collectors.groupingBy(PoleRow::poleId, Collectors.flatMapping(
					row -> row.injected().stream().filter(i -> i.name().startsWith("SIRET_") && i != Injected.SIRET_SHARED_CARRIER)
						.map(i -> i.name().contains("POLE") ? "pole" : "carrier"),
					Collectors.toSet())))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() == 2)
			.filter(entry -> {
				TruePole pole = pole(entry.getKey());
				return pole.ownSiret() != null && !pole.ownSiret().equals(pole.carrierSiret());
			})
			.count();
	}

	/** A true pole by its identifier. */
	public TruePole pole(String id) {
		return this.poles.stream().filter(pole -> pole.id().equals(id)).findFirst().orElseThrow();
	}

	/** The number of distinct true organisations listed by member rows. */
	public long organisationsListed() {
		return this.memberRows.stream().map(MemberRow::organisationId).distinct().count();
	}

	/**
	 * One line: files, pole rows, true poles (listed), member rows, true organisations, poles « actifs » per
	 * year, then the count of each class injected.
	 */
	public String summary() {
		StringBuilder line = new StringBuilder();
		line.append(String.format("%s seed %d: %d files, %d pole rows, %d true poles (%d listed), %d member rows, "
				+ "%d true organisations", this.part, this.seed, this.files.size(), this.poleRows.size(),
				this.poles.size(), this.poleRows.stream().map(PoleRow::poleId).distinct().count(),
				this.memberRows.size(), organisationsListed()));
		this.activePoles.forEach((year, ids) -> line.append(String.format(", actifs %d: %d", year, ids.size())));
		line.append(String.format("; poles listed by 2+ networks in a year %d, poles with own and carrier SIRET "
				+ "written %d, shared carriers %d poles, look-alike poles %d;", polesListedBySeveralNetworks(),
				polesWithTwoSirets(), this.poles.stream().filter(TruePole::sharedCarrier).count(),
				this.poles.stream().filter(pole -> pole.lookalikeOf() != null).count()));
		for (Injected injected : Injected.values()) {
			line.append(' ').append(injected.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(count(injected));
		}
		return line.toString();
	}

	/** Whether the given pole is active in the given year (see {@link #activePoles(int)}). */
	public boolean active(String poleId, int year) {
		return activePoles(year).contains(poleId);
	}

}
