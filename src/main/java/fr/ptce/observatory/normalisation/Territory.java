package fr.ptce.observatory.normalisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;

/**
 * The official geography (regions, départements, communes and their postal codes) shipped under
 * {@code reference/geo/} with its source and version: derives a place's département and 2016 region.
 * <p>
 * Over 250 lines because it is the in-memory index of the shipped geography, loaded once: every lookup, the
 * derivation of a record's place and the place words resolution uses read the same maps, and {@code placeKey} is the
 * one rule for comparing place names.
 */
public final class Territory {

	/** A région of 2016. */
	public record Region(String code, String name, long population) {
	}

	public record Departement(String code, String name, String regionCode) {
	}

	/** A commune, with its name folded and its place key computed once for comparisons. */
	record Commune(String code, String name, String departement, String foldedName, String placeKey) {

		Commune(String code, String name, String departement) {
			this(code, name, departement, Folding.fold(name), Territory.placeKey(name));
		}

	}

	/**
	 * Where a record is, and from which evidence it was derived.
	 *
	 * @param postalCode the postal code, five digits
	 * @param commune the commune's name when known
	 * @param departement the département's code
	 * @param region the region's code (2016 regions)
	 * @param evidence which column the département was derived from, in French
	 */
	public record Place(String postalCode, String commune, String departement, String region, String evidence) {
	}

	private static final Pattern DEPARTEMENT_CODE = Pattern
		.compile("^0?(2[AaBb]|97[1-6]|\\d{1,2})(?:\\s*[-–:]\\s*(.*)|\\s+(\\D.*))?$");

	/** A region's INSEE code, maybe followed by its name, once folded: « 84 », « 84 auvergne rhone alpes ». */
	private static final Pattern REGION_CODE = Pattern.compile("(\\d{1,2})( .*)?");

	private static final Pattern DEPARTEMENT_WORD = Pattern.compile("^departement (du |de la |de l |des |de |d )?");

	/** « 69361 CEDEX 07 »: what follows the five digits. */
	private static final Pattern CEDEX = Pattern.compile("(?i)\\s*cedex.*$");

	/** « Rhône (69) », « (69) Rhône ». */
	private static final Pattern DEPARTEMENT_CODE_IN_PARENTHESES = Pattern
		.compile("^(?:(.*?)\\(\\s*0?(2[AaBb]|97[1-6]|\\d{1,2})\\s*\\)\\s*|\\(\\s*0?(2[AaBb]|97[1-6]|\\d{1,2})\\s*\\)(.*))$");

	private final Map<String, Region> regions = new LinkedHashMap<>();

	private final Map<String, Region> regionsByFoldedName = new HashMap<>();

	private final Map<String, Departement> departements = new LinkedHashMap<>();

	private final Map<String, Departement> departementsByFoldedName = new HashMap<>();

	private final Map<String, List<Commune>> communesByPostalCode = new HashMap<>();

	private final Map<String, Commune> communesByCode = new HashMap<>();

	private final Map<String, List<Commune>> communesByPlaceKey = new HashMap<>();

	/** Every département's place words, built on first use. */
	private volatile Map<String, Set<String>> placeWordsByDepartement;

	private final Map<String, List<String>> oldRegionNames = new HashMap<>();

	private Territory() {
		for (String[] row : ReferenceFiles.rows("/reference/geo/regions.csv")) {
			Region region = new Region(row[0], row[1], Long.parseLong(row[2]));
			this.regions.put(region.code(), region);
			this.regionsByFoldedName.put(Folding.fold(region.name()), region);
		}
		for (String[] row : ReferenceFiles.rows("/reference/geo/anciennes-regions.csv")) {
			this.regionsByFoldedName.putIfAbsent(Folding.fold(row[0]), this.regions.get(row[1]));
			this.oldRegionNames.computeIfAbsent(row[1], key -> new ArrayList<>()).add(row[0]);
		}
		for (String[] row : ReferenceFiles.rows("/reference/geo/departements.csv")) {
			Departement departement = new Departement(row[0], row[1], row[2]);
			this.departements.put(departement.code(), departement);
			this.departementsByFoldedName.put(Folding.fold(departement.name()), departement);
		}
		for (String[] row : ReferenceFiles.rows("/reference/geo/communes.csv")) {
			Commune commune = new Commune(row[0], row[1], row[2]);
			this.communesByCode.put(commune.code(), commune);
			this.communesByPlaceKey.computeIfAbsent(commune.placeKey(), key -> new ArrayList<>(1)).add(commune);
			for (String postalCode : row[4].split("\\|")) {
				if (!postalCode.isEmpty()) {
					this.communesByPostalCode.computeIfAbsent(postalCode, key -> new ArrayList<>(1)).add(commune);
				}
			}
		}
	}

	private static final class Holder {

		private static final Territory INSTANCE = new Territory();

	}

	/** The geography shipped with the observatory, loaded once. */
	public static Territory official() {
		return Holder.INSTANCE;
	}

	/**
	 * The folded words of the place names of a département: its communes, its own name, its region's names
	 * (current and pre-2016). A pole named after its territory shares these words with its neighbours.
	 */
	public Set<String> placeWords(String departementCode) {
		if (departementCode == null || !this.departements.containsKey(departementCode)) {
			return Set.of();
		}
		Map<String, Set<String>> index = this.placeWordsByDepartement;
		if (index == null) {
			index = indexPlaceWords();
		}
		return index.getOrDefault(departementCode, Set.of());
	}

	/** Every département's place words, found in one pass over the communes (one pass per département was slow). */
	private synchronized Map<String, Set<String>> indexPlaceWords() {
		if (this.placeWordsByDepartement != null) {
			return this.placeWordsByDepartement;
		}
		Map<String, Set<String>> words = new HashMap<>();
		for (Departement departement : this.departements.values()) {
			Set<String> own = words.computeIfAbsent(departement.code(), code -> new HashSet<>());
			addWords(own, departement.name());
			addWords(own, this.regions.get(departement.regionCode()).name());
			this.oldRegionNames.getOrDefault(departement.regionCode(), List.of()).forEach(name -> addWords(own, name));
		}
		for (Commune commune : this.communesByCode.values()) {
			Set<String> own = words.get(commune.departement());
			if (own != null) {
				addWords(own, commune.foldedName());
			}
		}
		Map<String, Set<String>> index = new HashMap<>();
		words.forEach((code, set) -> index.put(code, Set.copyOf(set)));
		// published whole, once built: a reader never sees half of it
		this.placeWordsByDepartement = Map.copyOf(index);
		return this.placeWordsByDepartement;
	}

	private static void addWords(Set<String> words, String name) {
		for (String word : Folding.fold(name).split(" ")) {
			if (word.length() > 2) {
				words.add(word);
			}
		}
	}

	/**
	 * A place name as compared: folded, « St » and « Ste » read as « saint » and « sainte », « CEDEX » and its
	 * number dropped, an arrondissement's number dropped (« Lyon 3e » is Lyon).
	 */
	static String placeKey(String name) {
		StringBuilder key = new StringBuilder();
		String[] words = Folding.fold(name).split(" ");
		for (int i = 0; i < words.length; i++) {
			String word = switch (words[i]) {
				case "st" -> "saint";
				case "ste" -> "sainte";
				default -> words[i];
			};
			boolean number = word.chars().allMatch(Character::isDigit);
			boolean afterCity = i > 0 && ARRONDISSEMENT_CITIES.contains(words[i - 1]);
			if (word.equals("cedex") || word.equals("arrondissement")
					|| (ARRONDISSEMENT.matcher(word).matches() && (!number || afterCity))
					|| (i > 0 && words[i - 1].equals("cedex") && number)) {
				continue;
			}
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(word);
		}
		return key.toString();
	}

	private static final Pattern ARRONDISSEMENT = Pattern.compile("\\d{1,2}(e|er|eme|ieme)?");

	/** The communes with municipal arrondissements, whose number may follow the name (« Lyon 3 »). */
	private static final Set<String> ARRONDISSEMENT_CITIES = Set.of("paris", "lyon", "marseille");

	/** Whether a value is the name of a commune (« St-Étienne », « Lyon 3e » and « Paris CEDEX 15 » included). */
	public boolean isCommuneName(String value) {
		return value != null && this.communesByPlaceKey.containsKey(placeKey(value));
	}

	/** The communes of a name, as {@link #placeKey} compares names. */
	List<Commune> communesNamed(String value) {
		return this.communesByPlaceKey.getOrDefault(placeKey(value), List.of());
	}

	/** Whether a value is a postal code in use (four digits when a spreadsheet dropped the leading zero). */
	public boolean isPostalCode(String value) {
		return postalCode(value).map(this.communesByPostalCode::containsKey).orElse(false);
	}

	/** Whether a value is the INSEE code of a commune. */
	public boolean isCommuneCode(String value) {
		return value != null && this.communesByCode.containsKey(value.strip().toUpperCase(java.util.Locale.ROOT));
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(this.regions.get(code));
	}

	public List<Region> regions() {
		return List.copyOf(this.regions.values());
	}

	public Optional<Departement> departement(String code) {
		return Optional.ofNullable(this.departements.get(code));
	}

	/** A postal code as five digits, restoring a leading zero lost by a spreadsheet ("1000" is 01000). */
	public static Optional<String> postalCode(String value) {
		Optional<String> digits = Siret.digits((value != null) ? CEDEX.matcher(value).replaceFirst("") : null);
		if (digits.isEmpty()) {
			return Optional.empty();
		}
		String code = digits.get();
		if (code.length() == 4) {
			code = "0" + code;
		}
		return code.length() == 5 ? Optional.of(code) : Optional.empty();
	}

	/** A département from its code or name: {@code 52}, {@code Haute-Marne}, {@code 52 - Haute-Marne}, {@code 2a}. */
	public Optional<Departement> findDepartement(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		Matcher matcher = DEPARTEMENT_CODE.matcher(value.strip());
		if (matcher.matches()) {
			String code = matcher.group(1).toUpperCase();
			Optional<Departement> found = departement(code.length() == 1 ? "0" + code : code);
			// « 69 Rhône » and « 69 - Rhône » are the département; « 53 route de la Forêt » an address, « 2 - Entraide »
			// a name
			String name = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
			return (name == null || name.isBlank()) ? found
					: found.filter(departement -> Folding.fold(departement.name()).equals(Folding.fold(name)));
		}
		Matcher parentheses = DEPARTEMENT_CODE_IN_PARENTHESES.matcher(value.strip());
		if (parentheses.matches()) {
			boolean before = parentheses.group(2) != null;
			String code = (before ? parentheses.group(2) : parentheses.group(3)).toUpperCase();
			String name = Folding.fold(before ? parentheses.group(1) : parentheses.group(4));
			// « Rhône (69) » is the département; « Les Écossolies (44) » a name with its département
			return departement(code.length() == 1 ? "0" + code : code)
				.filter(departement -> name.isEmpty() || Folding.fold(departement.name()).equals(name));
		}
		String folded = Folding.fold(value);
		folded = DEPARTEMENT_WORD.matcher(folded).replaceFirst("");
		return Optional.ofNullable(this.departementsByFoldedName.get(folded));
	}

	/** A 2016 region from its name, also a pre-2016 name ("Picardie" is Hauts-de-France). */
	public Optional<Region> findRegion(String value) {
		String folded = Folding.fold(value);
		if (folded.startsWith("region ")) {
			folded = folded.substring("region ".length());
		}
		return Optional.ofNullable(this.regionsByFoldedName.get(folded));
	}

	/**
	 * A region as a column known to hold regions writes it: its name ({@link #findRegion}) or its INSEE code
	 * ("84", "84 - Auvergne-Rhône-Alpes": the name, when given, must agree). Codes are not looked for in columns of
	 * unknown meaning, where they would be confused with départements and counts.
	 */
	public Optional<Region> findRegionOrCode(String value) {
		Matcher coded = REGION_CODE.matcher(Folding.fold(value));
		if (coded.matches()) {
			String code = (coded.group(1).length() == 1) ? "0" + coded.group(1) : coded.group(1);
			String name = (coded.group(2) != null) ? coded.group(2).strip() : "";
			return region(code).filter(region -> name.isEmpty() || region.equals(findRegion(name).orElse(null)));
		}
		return findRegion(value);
	}

	/**
	 * The place a record describes, from the strongest evidence it carries: commune code, then postal code
	 * (with the commune's name when the code serves several départements), then the département column, then
	 * the region column.
	 */
	public Optional<Place> locate(String communeCode, String postalCode, String communeName, String departement,
			String region) {
		Commune byCode = (communeCode != null) ? this.communesByCode.get(communeCode.strip().toUpperCase(Locale.ROOT))
				: null;
		if (byCode != null) {
			return Optional.of(place(postalCode(postalCode).orElse(null), byCode.name(), byCode.departement(), "code commune"));
		}
		Optional<String> postal = postalCode(postalCode);
		if (postal.isPresent()) {
			List<Commune> communes = this.communesByPostalCode.getOrDefault(postal.get(), List.of());
			String key = placeKey(communeName);
			Optional<Commune> named = communes.stream()
				.filter(commune -> commune.placeKey().equals(key))
				.findFirst();
			if (named.isPresent()) {
				return Optional.of(place(postal.get(), named.get().name(), named.get().departement(), "code postal et commune"));
			}
			if (!communes.isEmpty() && communes.stream().map(Commune::departement).distinct().count() == 1) {
				String name = (communes.size() == 1) ? communes.get(0).name() : communeName;
				return Optional.of(place(postal.get(), name, communes.get(0).departement(), "code postal"));
			}
		}
		Optional<Departement> byDepartement = findDepartement(departement);
		List<Commune> named = (communeName != null) ? communesNamed(communeName) : List.of();
		if (byDepartement.isPresent()) {
			String code = byDepartement.get().code();
			Optional<Commune> inDepartement = named.stream().filter(commune -> commune.departement().equals(code)).findFirst();
			return Optional.of(place(postal.orElse(null), inDepartement.map(Commune::name).orElse(communeName), code,
					inDepartement.isPresent() ? "commune et département" : "département"));
		}
		if (postal.isEmpty() && !named.isEmpty() && named.stream().map(Commune::departement).distinct().count() == 1) {
			return Optional.of(place(null, named.get(0).name(), named.get(0).departement(), "commune"));
		}
		if (postal.isPresent()) {
			Optional<Departement> byPrefix = departementOfPostalPrefix(postal.get());
			if (byPrefix.isPresent()) {
				// a CEDEX code is no commune's: the commune's name, official, where the département has it
				String code = byPrefix.get().code();
				Optional<Commune> inDepartement = named.stream().filter(commune -> commune.departement().equals(code))
					.findFirst();
				return Optional.of(place(postal.get(), inDepartement.map(Commune::name).orElse(communeName), code,
						inDepartement.isPresent() ? "commune et préfixe du code postal" : "préfixe du code postal"));
			}
		}
		return findRegionOrCode(region).map(found -> new Place(postal.orElse(null), communeName, null, found.code(), "région"));
	}

	private Optional<Departement> departementOfPostalPrefix(String postalCode) {
		if (postalCode.startsWith("20")) {
			return departement(postalCode.compareTo("20200") < 0 ? "2A" : "2B");
		}
		if (postalCode.startsWith("97")) {
			return departement(postalCode.substring(0, 3));
		}
		return departement(postalCode.substring(0, 2));
	}

	private Place place(String postalCode, String commune, String departementCode, String evidence) {
		return new Place(postalCode, commune, departementCode, this.departements.get(departementCode).regionCode(),
				evidence);
	}

}
