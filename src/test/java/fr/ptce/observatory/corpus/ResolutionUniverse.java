package fr.ptce.observatory.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import fr.ptce.observatory.corpus.Geography.Commune;
import fr.ptce.observatory.corpus.Geography.Departement;
import fr.ptce.observatory.corpus.Geography.Region;
import fr.ptce.observatory.corpus.ResolutionNames.Entry;
import fr.ptce.observatory.corpus.ResolutionNames.Kind;

/**
 * The true world a resolution corpus describes, before any network writes it: the networks and the territories
 * they cover, the true poles (name, commune, carrier, SIRETs, website, status each year, the networks that list
 * them each year) and the true organisations that are their members. Drawn from one random generator.
 */
final class ResolutionUniverse {

	/** The canonical statuses. */
	static final String ACTIF = "actif";

	static final String EMERGENT = "émergent";

	static final String SOMMEIL = "en sommeil";

	static final String DISSOUS = "dissous";

	/** A network: its folder, name, territory, and how it writes its files (drawn once, kept every year). */
	static final class NetworkDef {

		final int number;

		final String folder;

		final String name;

		final boolean national;

		/** The codes of the départements it covers (all for a national network). */
		final Set<String> departements;

		boolean acronym;

		boolean carrier;

		boolean siret;

		boolean siretRole;

		boolean postalCode;

		boolean commune;

		boolean departement;

		boolean website;

		boolean email;

		boolean creationYear;

		boolean title;

		String sheet;

		/** 0 by département then name, 1 by name, 2 as entered. */
		int order;

		/** How it writes a département: 0 « 69 », 1 « Rhône », 2 « 69 - Rhône », 3 « Rhône (69) ». */
		int departementFormat;

		/** The share of its rows with a blank status. */
		double statusBlank;

		/** Its spelling of each status: an index into {@code STATUS_SPELLINGS}. */
		int statusSpelling;

		/** Its spelling of the SIRET roles: an index into {@code ROLE_SPELLINGS}. */
		int roleSpelling;

		boolean members;

		boolean memberSiret;

		boolean memberCommune;

		boolean memberCategory;

		/** Its spelling of member categories: an index into each category's spellings. */
		int categorySpelling;

		NetworkDef(int number, String name, boolean national, Set<String> departements) {
			this.number = number;
			this.folder = String.format("reseau-%02d", number);
			this.name = name;
			this.national = national;
			this.departements = departements;
		}

	}

	/** A structure that carries one pole or more. */
	static final class CarrierDef {

		final String name;

		/** The legal form's word at the start of the name, that networks drop now and then (« Association »). */
		final String prefix;

		final String legalForm;

		final String siret;

		/** Its web domain, {@code null} when it has none. */
		String domain;

		final List<PoleDef> poles = new ArrayList<>();

		CarrierDef(String name, String prefix, String legalForm, String siret) {
			this.name = name;
			this.prefix = prefix;
			this.legalForm = legalForm;
			this.siret = siret;
		}

	}

	/** How a pole's canonical name is made. */
	enum Form {
		TYPE_CORE, CORE, CORE_SUFFIX, TYPE_PLACE, THEME_PLACE, PERSON, TYPE_CORE_TOWN, INVENTED, PTCE, LOOKALIKE
	}

	/** A true pole. */
	static final class PoleDef {

		String id;

		String name;

		Form form;

		/** The type phrase before (or, for CORE_SUFFIX, after) the distinctive part; {@code null} when none. */
		String type;

		/** The name without its type phrase. */
		String rest;

		/** The person it is named after, and what is named after the person (« Maison »), for a PERSON pole. */
		String person;

		String personType;

		String acronym;

		Commune commune;

		String postalCode;

		CarrierDef carrier;

		/** Whether the pole is a legal entity itself (its carrier is itself, its SIRET its own). */
		boolean legalEntity;

		String ownSiret;

		String domain;

		int creationYear;

		/** Its status each year it exists. */
		final SortedMap<Integer, String> status = new TreeMap<>();

		PoleDef lookalike;

		/** The networks that know it. */
		final List<NetworkDef> networks = new ArrayList<>();

		final List<Membership> memberships = new ArrayList<>();

		Departement departement() {
			return this.commune.departement();
		}

	}

	/** A true organisation. */
	static final class OrgDef {

		String id;

		final String name;

		/** The legal form's word at the start of the name (« Association », « SCOP »), {@code ""} when none. */
		final String prefix;

		/** Its category, canonical ({@code member-categories.csv}). */
		final String category;

		final Commune commune;

		final String postalCode;

		final String siren;

		final List<String> sirets = new ArrayList<>();

		boolean homonym;

		final List<PoleDef> poles = new ArrayList<>();

		OrgDef(String name, String prefix, String category, Commune commune, String postalCode, String siren) {
			this.name = name;
			this.prefix = prefix;
			this.category = category;
			this.commune = commune;
			this.postalCode = postalCode;
			this.siren = siren;
		}

	}

	/** An organisation's membership of a pole, the years it holds. */
	record Membership(OrgDef org, Set<Integer> years) {
	}

	private static final List<String> SURNAMES = List.of("Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit",
			"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Bertrand", "Roux",
			"Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "Le Gall",
			"Kerbrat", "Guérin", "Muller", "Benali", "Rousseau", "Blanc", "Chevalier", "Gauthier", "Perrin", "Morin",
			"Clément", "Faure", "Barbier", "Arnaud", "Roussel", "Lemoine", "Colin", "Vidal", "Caron", "Picard");

	private static final List<String> TRADES = List.of("Menuiserie", "Garage", "Boulangerie", "Transports",
			"Imprimerie", "Maçonnerie", "Plomberie", "Électricité", "Cabinet", "Ferme", "Charpente", "Paysages");

	final Random random;

	final ResolutionNames names;

	final List<Integer> years;

	final List<NetworkDef> networks = new ArrayList<>();

	final List<PoleDef> poles = new ArrayList<>();

	final List<OrgDef> organisations = new ArrayList<>();

	/** Per year, per network, the poles it lists, in the order drawn. */
	final Map<Integer, Map<NetworkDef, List<PoleDef>>> listings = new TreeMap<>();

	private final Geography geography;

	private final Set<String> sirens = new HashSet<>();

	private final Set<String> usedNames = new HashSet<>();

	private final List<String> cores;

	private final List<String> persons;

	private final Set<String> acronyms = new HashSet<>();

	/**
	 * The places named by a type and a place alone (« Tiers-lieu du Pays de Retz »): one pole each, since a
	 * network writing « PTCE du Pays de Retz » for two of them would leave nothing to tell them apart.
	 */
	private final Set<String> typedPlaces = new HashSet<>();

	/** The invented words used, each by one pole: with its type dropped, its name is the word alone. */
	private final Set<String> inventedWords = new HashSet<>();

	private final Set<String> domains = new HashSet<>();

	private ResolutionUniverse(Random random, ResolutionNames names, Geography geography, List<Integer> years) {
		this.random = random;
		this.names = names;
		this.geography = geography;
		this.years = List.copyOf(years);
		this.cores = new ArrayList<>(names.texts(Kind.CORE));
		Collections.shuffle(this.cores, random);
		this.persons = new ArrayList<>(names.texts(Kind.PERSON));
		Collections.shuffle(this.persons, random);
	}

	/** Draws a universe of {@code poles} true poles known to {@code networks} networks. */
	static ResolutionUniverse create(Random random, ResolutionNames names, Geography geography, int poles,
			int networks, List<Integer> years) {
		ResolutionUniverse universe = new ResolutionUniverse(random, names, geography, years);
		universe.createNetworks(networks);
		universe.createPoles(poles);
		universe.createCarriers();
		universe.createStatuses();
		universe.createListings();
		universe.createMembers();
		return universe;
	}

	// ------------------------------------------------------------------------------------------------ networks

	private void createNetworks(int count) {
		List<Region> mainland = new ArrayList<>(this.geography.mainlandRegions());
		Collections.shuffle(mainland, this.random);
		int nationals = (count >= 4) ? Math.max(1, Math.round(count / 6f)) : 0;
		int rest = count - nationals;
		int regions = Math.min(mainland.size(), Math.max(1, Math.round(rest * 0.6f)));
		List<Integer> numbers = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			numbers.add(i);
		}
		Collections.shuffle(numbers, this.random);
		List<NetworkDef> created = new ArrayList<>();
		for (int i = 0; i < regions; i++) {
			Region region = mainland.get(i);
			created.add(new NetworkDef(numbers.get(created.size()), "CRESS " + region.name(), false,
					codes(this.geography.departements(region))));
		}
		for (int j = 0; j < rest - regions; j++) {
			Region region = mainland.get(j % regions);
			if (j % 2 == 0) {
				created.add(new NetworkDef(numbers.get(created.size()), "France Active " + region.name(), false,
						codes(this.geography.departements(region))));
			}
			else {
				List<Departement> departements = new ArrayList<>(this.geography.departements(region));
				Collections.shuffle(departements, this.random);
				List<Departement> covered = departements.subList(0, Math.min(departements.size(), 1 + this.random.nextInt(2)));
				created.add(new NetworkDef(numbers.get(created.size()),
						"Réseau ESS " + String.join(" – ", covered.stream().map(Departement::name).toList()), false,
						codes(covered)));
			}
		}
		List<String> nationalNames = List.of("Réseau national des PTCE", "Union nationale des pôles",
				"Collectif national ESS", "Observatoire national des coopérations");
		Set<String> everywhere = new LinkedHashSet<>();
		for (Region region : mainland.subList(0, regions)) {
			everywhere.addAll(codes(this.geography.departements(region)));
		}
		for (int i = 0; i < nationals; i++) {
			created.add(new NetworkDef(numbers.get(created.size()), nationalNames.get(i % nationalNames.size()), true,
					everywhere));
		}
		created.sort((a, b) -> Integer.compare(a.number, b.number));
		this.networks.addAll(created);
		styles();
	}

	private static Set<String> codes(List<Departement> departements) {
		Set<String> codes = new LinkedHashSet<>();
		departements.forEach(d -> codes.add(d.code()));
		return codes;
	}

	/**
	 * How the networks write their files. Which networks have a column is spread, not drawn network by network:
	 * a share p of the networks (rounded) has it, so that the rates of the classes vary little from seed to seed.
	 */
	private void styles() {
		int n = this.networks.size();
		List<Boolean> acronym = spread(n, 0.6);
		List<Boolean> carrier = spread(n, 0.7);
		List<Boolean> siret = spread(n, 0.8);
		// « SIRET de » among the networks with a SIRET column: about 4 in 10 of them
		List<Boolean> roleAmongSirets = spread((int) siret.stream().filter(b -> b).count(), 0.4);
		List<Boolean> role = new ArrayList<>();
		int withSiret = 0;
		for (int i = 0; i < n; i++) {
			boolean declared = false;
			if (siret.get(i)) {
				declared = roleAmongSirets.get(withSiret);
				withSiret++;
			}
			role.add(declared);
		}
		List<Boolean> postalCode = spread(n, 0.85);
		List<Boolean> commune = spread(n, 0.9);
		List<Boolean> departement = spread(n, 0.6);
		List<Boolean> website = spread(n, 0.6);
		List<Boolean> email = spread(n, 0.5);
		List<Boolean> creationYear = spread(n, 0.5);
		List<Boolean> title = spread(n, 0.3);
		List<Boolean> members = spread(n, 0.55);
		List<Boolean> memberSiret = spread(n, 0.65);
		List<Boolean> memberCommune = spread(n, 0.7);
		List<Boolean> memberCategory = spread(n, 0.85);
		for (int i = 0; i < n; i++) {
			NetworkDef network = this.networks.get(i);
			network.acronym = acronym.get(i);
			network.carrier = carrier.get(i);
			network.siret = siret.get(i);
			network.siretRole = role.get(i);
			network.postalCode = postalCode.get(i);
			network.commune = !network.postalCode || commune.get(i);
			network.departement = departement.get(i);
			network.website = website.get(i);
			network.email = email.get(i);
			network.creationYear = creationYear.get(i);
			network.title = title.get(i);
			network.sheet = pick(List.of("Pôles", "Liste des PTCE", "PTCE {year}", "Recensement {year}", "Feuil1"));
			network.order = this.random.nextInt(3);
			network.departementFormat = this.random.nextInt(4);
			network.statusBlank = 0.03 + 0.15 * this.random.nextDouble();
			network.statusSpelling = this.random.nextInt(5);
			network.roleSpelling = this.random.nextInt(3);
			network.members = members.get(i);
			network.memberSiret = memberSiret.get(i);
			network.memberCommune = memberCommune.get(i);
			network.memberCategory = memberCategory.get(i);
			network.categorySpelling = this.random.nextInt(4);
		}
	}

	/** {@code n} flags, {@code round(p n)} of them true, in random order. */
	private List<Boolean> spread(int n, double p) {
		List<Boolean> flags = new ArrayList<>();
		int on = (int) Math.round(p * n);
		for (int i = 0; i < n; i++) {
			flags.add(i < on);
		}
		Collections.shuffle(flags, this.random);
		return flags;
	}

	/** The initials of a name for its acronym: its significant words', or all its words' when they are too few. */
	static String acronym(String name) {
		String significant = PoleNames.acronym(name);
		if (significant.length() >= 3) {
			return significant;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[\\s'’–-]+")) {
			String folded = ResolutionNames.fold(word);
			if (!folded.isEmpty() && !List.of("de", "du", "des", "d", "et", "a", "en", "au", "aux").contains(folded)) {
				initials.append(folded.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
			}
		}
		return initials.toString();
	}

	// ------------------------------------------------------------------------------------------------ poles

	private void createPoles(int count) {
		List<Departement> departements = new ArrayList<>();
		for (NetworkDef network : this.networks) {
			for (String code : network.departements) {
				Departement departement = departement(code);
				if (!departements.contains(departement)) {
					departements.add(departement);
				}
			}
		}
		// look-alike pairs first: two poles of one town whose names share its name
		int pairs = Math.max(1, Math.round(count * 0.035f));
		List<String> templates = this.names.texts(Kind.LOOKALIKE);
		for (int i = 0; i < pairs && this.poles.size() + 2 <= count; i++) {
			Commune town = town(pick(departements));
			List<String> two = new ArrayList<>(templates);
			Collections.shuffle(two, this.random);
			String one = lookalike(two.get(0), town);
			String other = lookalike(two.get(1), town);
			if (this.usedNames.contains(ResolutionNames.fold(one)) || this.usedNames.contains(ResolutionNames.fold(other))) {
				continue;
			}
			PoleDef first = newPole(town);
			PoleDef second = newPole(town);
			second.postalCode = first.postalCode;
			name(first, Form.LOOKALIKE, one, null, null);
			name(second, Form.LOOKALIKE, other, null, null);
			first.lookalike = second;
			second.lookalike = first;
		}
		// the départements of networks covering only a few have their share of poles
		List<Departement> local = new ArrayList<>();
		for (NetworkDef network : this.networks) {
			if (!network.national && network.departements.size() <= 3) {
				network.departements.forEach(code -> local.add(departement(code)));
			}
		}
		while (this.poles.size() < count) {
			Departement departement = (!local.isEmpty() && chance(0.15)) ? pick(local) : pick(departements);
			double draw = this.random.nextDouble();
			Commune commune = (draw < 0.08) ? saint(departement) : (draw < 0.65) ? town(departement) : any(departement);
			PoleDef pole = newPole(commune);
			for (int attempt = 0; attempt < 40 && pole.name == null; attempt++) {
				nameFreely(pole);
			}
			if (pole.name == null) {
				name(pole, Form.INVENTED, freshInvented() + " " + commune.name(), null, null);
			}
		}
		for (int i = 0; i < this.poles.size(); i++) {
			this.poles.get(i).id = String.format("V%04d", i + 1);
		}
		for (PoleDef pole : this.poles) {
			String initials = acronym(pole.name);
			if (pole.form != Form.LOOKALIKE && initials.length() >= 3 && initials.length() <= 6 && chance(0.55)
					&& this.acronyms.add(initials)) {
				pole.acronym = initials;
			}
			if (chance(0.45)) {
				String domain = PoleNames.slug(pole.name) + (chance(0.6) ? ".fr" : ".org");
				pole.domain = this.domains.add(domain) ? domain : null;
			}
		}
	}

	private PoleDef newPole(Commune commune) {
		PoleDef pole = new PoleDef();
		pole.commune = commune;
		pole.postalCode = pick(commune.postalCodes());
		this.poles.add(pole);
		return pole;
	}

	/** Gives a pole a name of a form drawn at random; leaves it null when the name drawn is taken. */
	private void nameFreely(PoleDef pole) {
		Commune commune = pole.commune;
		String town = commune.name();
		String type = pick(this.names.texts(Kind.TYPE));
		double draw = this.random.nextDouble();
		if (draw < 0.22 && !this.cores.isEmpty()) {
			String core = core();
			name(pole, Form.TYPE_CORE, type + " " + core, type, core);
		}
		else if (draw < 0.34 && !this.cores.isEmpty()) {
			String core = core();
			name(pole, Form.CORE, core, null, core);
		}
		else if (draw < 0.41 && !this.cores.isEmpty()) {
			String core = core();
			String suffix = pick(this.names.texts(Kind.SUFFIX));
			name(pole, Form.CORE_SUFFIX, core + " " + suffix, suffix, core);
		}
		else if (draw < 0.50) {
			String place = place(commune);
			if (this.typedPlaces.add(ResolutionNames.fold(place))) {
				name(pole, Form.TYPE_PLACE, type + " " + PoleNames.of(place), type, PoleNames.of(place));
			}
		}
		else if (draw < 0.59) {
			String place = place(commune);
			String theme = pick(this.names.texts(Kind.THEME));
			String name = place.equals(town) ? theme + " " + PoleNames.at(town) : theme + " " + PoleNames.of(place);
			name(pole, Form.THEME_PLACE, name, null, name);
		}
		else if (draw < 0.67 && !this.persons.isEmpty()) {
			String person = this.persons.remove(0);
			String personType = pick(this.names.texts(Kind.PERSON_TYPE));
			name(pole, Form.PERSON, personType + " " + person, personType, person);
			if (pole.name != null) {
				pole.person = person;
				pole.personType = personType;
			}
		}
		else if (draw < 0.73 && !this.cores.isEmpty()) {
			String core = core();
			name(pole, Form.TYPE_CORE_TOWN, type + " " + core + " " + PoleNames.of(town), type,
					core + " " + PoleNames.of(town));
		}
		else if (draw < 0.86) {
			String invented = freshInvented();
			boolean typed = chance(0.6);
			name(pole, Form.INVENTED, typed ? type + " " + invented : invented, typed ? type : null, invented);
		}
		else {
			String place = place(commune);
			if (chance(0.5) && this.typedPlaces.add(ResolutionNames.fold(place))) {
				name(pole, Form.PTCE, "Pôle territorial de coopération économique " + PoleNames.of(place),
						"Pôle territorial de coopération économique", PoleNames.of(place));
			}
			else {
				String core = this.cores.isEmpty() ? freshInvented() : core();
				name(pole, Form.PTCE, "PTCE " + core, "PTCE", core);
			}
		}
	}

	/** Names a pole unless the name (folded) is taken. */
	private void name(PoleDef pole, Form form, String name, String type, String rest) {
		if (this.usedNames.add(ResolutionNames.fold(name))) {
			pole.name = name;
			pole.form = form;
			pole.type = type;
			pole.rest = (rest != null) ? rest : name;
		}
	}

	/** An invented word no pole or carrier has used yet. */
	private String freshInvented() {
		String invented = this.names.invented(this.random);
		while (!this.inventedWords.add(invented)) {
			invented = this.names.invented(this.random);
		}
		return invented;
	}

	private String core() {
		return this.cores.remove(0);
	}

	private String lookalike(String template, Commune town) {
		return template.replace("{town}", town.name())
			.replace("{at_town}", PoleNames.at(town.name()))
			.replace("{of_town}", PoleNames.of(town.name()));
	}

	/** The territory a name refers to: its commune, a « pays » around it, or a natural territory of its region. */
	private String place(Commune commune) {
		List<String> territories = PoleNames.territories(commune.departement().region());
		int draw = this.random.nextInt(10);
		if (draw < 4 && !territories.isEmpty()) {
			return pick(territories);
		}
		if (draw < 6) {
			return "Le Pays " + PoleNames.of(commune.name());
		}
		return commune.name();
	}

	private Departement departement(String code) {
		for (Region region : this.geography.mainlandRegions()) {
			for (Departement departement : this.geography.departements(region)) {
				if (departement.code().equals(code)) {
					return departement;
				}
			}
		}
		throw new IllegalArgumentException(code);
	}

	/** A commune of the département with a postal code ending in 00 (a town), else any. */
	private Commune town(Departement departement) {
		List<Commune> towns = this.geography.communes(departement)
			.stream()
			.filter(c -> c.postalCodes().stream().anyMatch(p -> p.endsWith("00")))
			.toList();
		return towns.isEmpty() ? any(departement) : pick(towns);
	}

	/** A commune of the département named « Saint… » or « Sainte… », else a town. */
	private Commune saint(Departement departement) {
		List<Commune> saints = this.geography.communes(departement)
			.stream()
			.filter(c -> ResolutionNames.isSaint(c.name()))
			.toList();
		return saints.isEmpty() ? town(departement) : pick(saints);
	}

	private Commune any(Departement departement) {
		return pick(this.geography.communes(departement));
	}

	// ------------------------------------------------------------------------------------------------ carriers

	private void createCarriers() {
		// carriers of two or three poles of one département
		Map<String, List<PoleDef>> byDepartement = new LinkedHashMap<>();
		for (PoleDef pole : this.poles) {
			byDepartement.computeIfAbsent(pole.departement().code(), d -> new ArrayList<>()).add(pole);
		}
		int target = Math.round(this.poles.size() * 0.11f);
		int shared = 0;
		List<String> departements = new ArrayList<>(byDepartement.keySet());
		Collections.shuffle(departements, this.random);
		for (String code : departements) {
			List<PoleDef> candidates = new ArrayList<>(byDepartement.get(code));
			candidates.removeIf(pole -> pole.lookalike != null);
			if (shared >= target || candidates.size() < 2) {
				continue;
			}
			Collections.shuffle(candidates, this.random);
			int size = Math.min(candidates.size(), chance(0.7) ? 2 : 3);
			Entry template = pick(this.names.entries(Kind.SHARED_CARRIER));
			CarrierDef carrier = carrier(template, candidates.get(0).commune);
			carrier.domain = chance(0.85) ? domain(PoleNames.slug(carrier.name)) : null;
			for (PoleDef pole : candidates.subList(0, size)) {
				pole.carrier = carrier;
				carrier.poles.add(pole);
				shared++;
			}
		}
		for (PoleDef pole : this.poles) {
			if (pole.carrier != null) {
				pole.ownSiret = chance(0.45) ? siret(newSiren()) : null;
				continue;
			}
			if (chance(0.35)) {
				pole.legalEntity = true;
				boolean association = chance(0.6);
				String name = (chance(0.5) || pole.name.length() < 6) ? pole.name
						: (association ? "Association " : "SCIC ") + pole.name;
				String prefix = name.equals(pole.name) ? "" : name.substring(0, name.indexOf(' ') + 1);
				pole.carrier = new CarrierDef(name, prefix, association ? "association" : "SCIC", siret(newSiren()));
				pole.carrier.domain = pole.domain;
				pole.ownSiret = pole.carrier.siret;
			}
			else {
				pole.carrier = carrier(pick(this.names.entries(Kind.CARRIER)), pole.commune);
				pole.ownSiret = chance(0.45) ? siret(newSiren()) : null;
			}
			pole.carrier.poles.add(pole);
		}
	}

	private CarrierDef carrier(Entry template, Commune commune) {
		String place = place(commune);
		String core = this.cores.isEmpty() ? freshInvented() : core();
		String name = template.text()
			.replace("{core}", core)
			.replace("{of_place}", PoleNames.of(place))
			.replace("{bare_place}", PoleNames.bare(place));
		String prefix = template.text().startsWith("{") ? "" : template.text().substring(0, template.text().indexOf(' ') + 1);
		if (template.text().contains("{of_place}") || template.text().contains("{bare_place}")) {
			prefix = "";
		}
		return new CarrierDef(name, prefix, template.extra(), siret(newSiren()));
	}

	private String domain(String slug) {
		String domain = slug + ".fr";
		return this.domains.add(domain) ? domain : null;
	}

	// ------------------------------------------------------------------------------------------------ statuses

	private void createStatuses() {
		int first = this.years.get(0);
		int last = this.years.get(this.years.size() - 1);
		for (PoleDef pole : this.poles) {
			double draw = this.random.nextDouble();
			if (this.years.size() == 1) {
				String status = (draw < 0.78) ? ACTIF : (draw < 0.86) ? EMERGENT : (draw < 0.94) ? SOMMEIL : DISSOUS;
				pole.status.put(first, status);
				pole.creationYear = status.equals(EMERGENT) ? first - this.random.nextInt(2)
						: 2008 + this.random.nextInt(Math.max(1, first - 2010));
				continue;
			}
			// two years or more: a trajectory over the first and last, the years between as the first
			String[] trajectory;
			if (draw < 0.66) {
				trajectory = new String[] { ACTIF, ACTIF };
			}
			else if (draw < 0.73) {
				trajectory = new String[] { EMERGENT, ACTIF };
			}
			else if (draw < 0.79) {
				trajectory = new String[] { null, EMERGENT };
			}
			else if (draw < 0.85) {
				trajectory = new String[] { ACTIF, SOMMEIL };
			}
			else if (draw < 0.89) {
				trajectory = new String[] { SOMMEIL, SOMMEIL };
			}
			else if (draw < 0.92) {
				trajectory = new String[] { SOMMEIL, ACTIF };
			}
			else if (draw < 0.96) {
				trajectory = new String[] { ACTIF, DISSOUS };
			}
			else if (draw < 0.98) {
				trajectory = new String[] { DISSOUS, DISSOUS };
			}
			else {
				trajectory = new String[] { EMERGENT, EMERGENT };
			}
			for (int year : this.years) {
				String status = (year == last) ? trajectory[1] : trajectory[0];
				if (status != null) {
					pole.status.put(year, status);
				}
			}
			if (trajectory[0] == null) {
				pole.creationYear = last;
			}
			else if (trajectory[0].equals(EMERGENT)) {
				pole.creationYear = first - this.random.nextInt(2);
			}
			else {
				pole.creationYear = 2008 + this.random.nextInt(Math.max(1, first - 2010));
			}
		}
	}

	// ------------------------------------------------------------------------------------------------ listings

	private void createListings() {
		for (PoleDef pole : this.poles) {
			List<NetworkDef> candidates = new ArrayList<>();
			for (NetworkDef network : this.networks) {
				if (network.departements.contains(pole.departement().code())) {
					candidates.add(network);
				}
			}
			double draw = this.random.nextDouble();
			int count = (draw < 0.48) ? 1 : (draw < 0.82) ? 2 : (draw < 0.95) ? 3 : 4;
			while (pole.networks.size() < Math.min(count, candidates.size())) {
				double total = candidates.stream().filter(n -> !pole.networks.contains(n)).mapToDouble(n -> n.national ? 1.5 : 3).sum();
				double at = this.random.nextDouble() * total;
				for (NetworkDef network : candidates) {
					if (pole.networks.contains(network)) {
						continue;
					}
					at -= network.national ? 1.5 : 3;
					if (at < 0) {
						pole.networks.add(network);
						break;
					}
				}
			}
		}
		// every network knows a few poles at least
		for (NetworkDef network : this.networks) {
			List<PoleDef> candidates = new ArrayList<>(this.poles.stream()
				.filter(pole -> network.departements.contains(pole.departement().code()))
				.filter(pole -> !pole.networks.contains(network) && pole.networks.size() < 4)
				.toList());
			Collections.shuffle(candidates, this.random);
			long known = this.poles.stream().filter(pole -> pole.networks.contains(network)).count();
			for (int i = 0; known + i < 5 && i < candidates.size(); i++) {
				candidates.get(i).networks.add(network);
			}
		}
		for (int year : this.years) {
			Map<NetworkDef, List<PoleDef>> lists = new LinkedHashMap<>();
			this.networks.forEach(network -> lists.put(network, new ArrayList<>()));
			for (PoleDef pole : this.poles) {
				String status = pole.status.get(year);
				if (status == null || pole.networks.isEmpty()) {
					continue;
				}
				// a pole dissolved the year before is seldom listed again
				String before = pole.status.get(year - 1);
				boolean gone = DISSOUS.equals(before);
				double listed = gone ? 0.35 : DISSOUS.equals(status) ? 0.7 : 0.9;
				List<NetworkDef> listing = new ArrayList<>();
				for (NetworkDef network : pole.networks) {
					if (chance(listed)) {
						listing.add(network);
					}
				}
				if (listing.isEmpty() && !gone) {
					listing.add(pick(pole.networks));
				}
				listing.forEach(network -> lists.get(network).add(pole));
			}
			this.listings.put(year, lists);
		}
	}

	// ------------------------------------------------------------------------------------------------ members

	private final Map<String, OrgDef> sharedOrgs = new LinkedHashMap<>();

	private final Map<String, Set<String>> orgNamesByDepartement = new HashMap<>();

	private final Set<String> allOrgNames = new HashSet<>();

	private final Map<String, List<OrgDef>> localOrgsByDepartement = new LinkedHashMap<>();

	private void createMembers() {
		// cooperatives of one name in several cities, each with its own SIREN
		List<String> departementsWithPoles = new ArrayList<>();
		for (PoleDef pole : this.poles) {
			if (!departementsWithPoles.contains(pole.departement().code())) {
				departementsWithPoles.add(pole.departement().code());
			}
		}
		for (String coop : this.names.texts(Kind.COOP)) {
			String prefix = coop.startsWith("Coop") ? "" : pick(List.of("", "", "SCIC ", "SCOP "));
			List<String> departements = new ArrayList<>(departementsWithPoles);
			Collections.shuffle(departements, this.random);
			int cities = Math.min(departements.size(), 2 + this.random.nextInt(3));
			for (String code : departements.subList(0, cities)) {
				List<PoleDef> here = this.poles.stream().filter(p -> p.departement().code().equals(code)).toList();
				PoleDef pole = pick(here);
				OrgDef org = organisation(prefix + coop, prefix, "entreprise ESS", pole.commune, true, "");
				join(org, pole);
				if (here.size() > 1 && chance(0.4)) {
					join(org, pick(here));
				}
			}
		}
		for (PoleDef pole : this.poles) {
			int target = 5 + this.random.nextInt(11);
			Commune commune = pole.commune;
			String town = commune.name();
			Departement departement = pole.departement();
			String code = departement.code();
			if (chance(0.7)) {
				join(shared("mairie:" + commune.code(), () -> authority(pick(List.of("Mairie ", "Commune ", "Ville "))
						+ PoleNames.of(town), commune, "21")), pole);
			}
			if (chance(0.45)) {
				int which = this.random.nextInt(2);
				join(shared("epci:" + code + ":" + which, () -> authority("Communauté de communes "
						+ PoleNames.of(place(commune)), commune, "24")), pole);
			}
			if (chance(0.25)) {
				join(shared("departement:" + code, () -> authority("Conseil départemental "
						+ ofDepartement(departement.name()), commune, "22")), pole);
			}
			if (chance(0.12)) {
				join(shared("region:" + departement.region().code(), () -> authority("Région "
						+ departement.region().name(), commune, "23")), pole);
			}
			if (chance(0.2)) {
				join(shared("mission:" + commune.code(), () -> organisation("Mission locale " + PoleNames.of(town), "",
						"citoyen / autre", commune, true, "")), pole);
			}
			if (chance(0.2)) {
				join(shared("cma:" + code, () -> organisation("Chambre de métiers et de l'artisanat "
						+ ofDepartement(departement.name()), "", "organisme public", commune, true, "18")), pole);
			}
			if (chance(0.25)) {
				join(chance(0.5)
						? shared("greta:" + code, () -> organisation("GRETA " + departement.name(), "",
								"organisme de formation", commune, true, "19"))
						: shared("lycee:" + commune.code(), () -> organisation("Lycée agricole " + PoleNames.of(town), "",
								"organisme de formation", commune, true, "19")), pole);
			}
			if (chance(0.12)) {
				join(shared("iut:" + code, () -> organisation("IUT " + PoleNames.of(town), "",
						"recherche / enseignement supérieur", commune, true, "19")), pole);
			}
			for (int guard = 0; members(pole) < target && guard < 60; guard++) {
				List<OrgDef> local = this.localOrgsByDepartement.getOrDefault(code, List.of())
					.stream()
					.filter(org -> !org.poles.contains(pole))
					.toList();
				if (!local.isEmpty() && chance(0.15)) {
					join(pick(local), pole);
					continue;
				}
				OrgDef org = chance(0.7) ? ess(pole) : classic(pole);
				if (org != null) {
					join(org, pole);
					this.localOrgsByDepartement.computeIfAbsent(code, d -> new ArrayList<>()).add(org);
				}
			}
		}
		// memberships' years: most hold every year the pole exists
		int first = this.years.get(0);
		int last = this.years.get(this.years.size() - 1);
		for (PoleDef pole : this.poles) {
			List<Membership> memberships = new ArrayList<>();
			for (Membership membership : pole.memberships) {
				Set<Integer> years = new LinkedHashSet<>(pole.status.keySet());
				double draw = this.random.nextDouble();
				if (years.size() > 1 && draw < 0.05) {
					years.remove(last);
				}
				else if (years.size() > 1 && draw < 0.12) {
					years.remove(first);
				}
				memberships.add(new Membership(membership.org(), Collections.unmodifiableSet(years)));
			}
			pole.memberships.clear();
			pole.memberships.addAll(memberships);
		}
		Map<String, Integer> byName = new HashMap<>();
		this.organisations.forEach(org -> byName.merge(ResolutionNames.fold(org.name), 1, Integer::sum));
		for (int i = 0; i < this.organisations.size(); i++) {
			OrgDef org = this.organisations.get(i);
			org.id = String.format("O%04d", i + 1);
			org.homonym = byName.get(ResolutionNames.fold(org.name)) > 1;
		}
	}

	private static final Set<String> MASCULINE = Set.of("Calvados", "Cantal", "Cher", "Doubs", "Finistère", "Gard",
			"Gers", "Jura", "Loiret", "Lot", "Lot-et-Garonne", "Loir-et-Cher", "Morbihan", "Nord", "Pas-de-Calais",
			"Puy-de-Dôme", "Rhône", "Tarn", "Tarn-et-Garonne", "Var", "Val-d'Oise", "Val-de-Marne",
			"Territoire de Belfort", "Haut-Rhin", "Bas-Rhin", "Vaucluse", "Maine-et-Loire");

	/** « de la Mayenne », « du Rhône », « de l'Ain », « des Vosges », « de Paris ». */
	static String ofDepartement(String name) {
		if (name.equals("Paris")) {
			return "de Paris";
		}
		if (MASCULINE.contains(name)) {
			return "du " + name;
		}
		String first = name.split("[- ]")[0];
		if (first.endsWith("s") || name.startsWith("Deux-")) {
			return "des " + name;
		}
		return ("AEIOUYÉ".indexOf(name.charAt(0)) >= 0 || name.startsWith("Hérault")) ? "de l'" + name : "de la " + name;
	}

	private int members(PoleDef pole) {
		return pole.memberships.size();
	}

	private void join(OrgDef org, PoleDef pole) {
		if (org != null && !org.poles.contains(pole)) {
			org.poles.add(pole);
			pole.memberships.add(new Membership(org, Set.of()));
		}
	}

	private OrgDef shared(String key, Supplier<OrgDef> create) {
		OrgDef org = this.sharedOrgs.get(key);
		if (org == null) {
			org = create.get();
			this.sharedOrgs.put(key, org);
		}
		return org;
	}

	private OrgDef authority(String name, Commune commune, String sirenPrefix) {
		return organisation(name, "", "collectivité", commune, true, sirenPrefix);
	}

	/** A new ESS enterprise of the pole's département (null when its name is taken there). */
	private OrgDef ess(PoleDef pole) {
		Commune commune = chance(0.7) ? pole.commune : any(pole.departement());
		String town = commune.name();
		String word = chance(0.6) ? pick(this.names.texts(Kind.MEMBER_WORD)) : freshInvented();
		String[] made = switch (this.random.nextInt(9)) {
			case 0, 1 -> new String[] { "Association " + word, "Association " };
			case 2 -> new String[] { word, "" };
			case 3 -> new String[] { "SCOP " + word, "SCOP " };
			case 4 -> new String[] { "SCIC " + word, "SCIC " };
			case 5 -> new String[] { "Entreprise d'insertion " + word, "" };
			case 6 -> new String[] { "Les Jardins " + PoleNames.of(town), "" };
			case 7 -> new String[] { "Régie de quartier " + PoleNames.of(town), "" };
			default -> new String[] { "Chantier d'insertion " + word, "" };
		};
		return unique(made[0]) ? organisation(made[0], made[1], "entreprise ESS", commune, chance(0.6), "") : null;
	}

	/** A new classic enterprise of the pole's département (null when its name is taken there). */
	private OrgDef classic(PoleDef pole) {
		Commune commune = chance(0.6) ? pole.commune : any(pole.departement());
		String[] made = chance(0.7) ? new String[] { pick(TRADES) + " " + pick(SURNAMES), "" }
				: chance(0.5) ? new String[] { "SARL " + freshInvented(), "SARL " }
						: new String[] { "SAS " + pick(SURNAMES) + " et Fils", "SAS " };
		return unique(made[0]) ? organisation(made[0], made[1], "entreprise classique", commune, chance(0.85), "")
				: null;
	}

	/**
	 * Whether no organisation of the universe has the name yet: local enterprises have names of their own, so
	 * that organisations of one name are the cooperatives of several cities (and public bodies named after
	 * their town).
	 */
	private boolean unique(String name) {
		return !this.allOrgNames.contains(ResolutionNames.fold(name));
	}

	/**
	 * A new organisation, unless another of the same département has its name (then null): two organisations of
	 * one name are always in different départements.
	 */
	private OrgDef organisation(String name, String prefix, String category, Commune commune, boolean siren,
			String sirenPrefix) {
		if (!this.orgNamesByDepartement.computeIfAbsent(commune.departement().code(), d -> new HashSet<>())
			.add(ResolutionNames.fold(name))) {
			return null;
		}
		OrgDef org = new OrgDef(name, prefix, category, commune, pick(commune.postalCodes()),
				siren ? newSiren(sirenPrefix) : null);
		if (org.siren != null) {
			org.sirets.add(siret(org.siren));
			String second = siret(org.siren);
			if (chance(0.2) && !org.sirets.contains(second)) {
				org.sirets.add(second);
			}
		}
		this.organisations.add(org);
		this.allOrgNames.add(ResolutionNames.fold(name));
		return org;
	}

	// ------------------------------------------------------------------------------------------------ identifiers

	private String newSiren() {
		return newSiren("");
	}

	/** A new valid SIREN, unique in the universe, starting with the given digits. */
	private String newSiren(String prefix) {
		String siren;
		do {
			StringBuilder digits = new StringBuilder(prefix);
			if (digits.isEmpty()) {
				digits.append(1 + this.random.nextInt(9));
			}
			while (digits.length() < 8) {
				digits.append(this.random.nextInt(10));
			}
			siren = Network.withCheckDigit(digits.toString());
		}
		while (!this.sirens.add(siren));
		return siren;
	}

	/** A valid SIRET of the SIREN. */
	String siret(String siren) {
		return Network.withCheckDigit(siren + String.format("%04d", 1 + this.random.nextInt(60)));
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
