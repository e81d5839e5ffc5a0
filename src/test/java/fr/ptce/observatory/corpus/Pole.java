package fr.ptce.observatory.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import fr.ptce.observatory.corpus.Geography.Commune;

/**
 * A pole as its network knows it, before the file writes it in its own style: name, carrier, identifiers,
 * commune, status, figures and contact. All invented, the commune real, the SIRET valid.
 */
final class Pole {

	private static final List<String> STREETS = List.of("rue de la République", "place de la Mairie",
			"avenue Jean Jaurès", "chemin des Vignes", "rue Victor Hugo", "boulevard Gambetta", "impasse des Tilleuls",
			"allée des Tisserands", "rue de la Gare", "route de la Forêt", "rue du Moulin", "place du Marché");

	private static final List<String> LAUREATES = List.of("AAP 2013", "Lauréat 2013", "2013", "AAP 2015", "2015",
			"Lauréat 2015", "AMI 2023", "AMI émergents", "AMI 2022", "non", "Non", "aucun");

	private static final List<String> SECTORS = List.of("Alimentation", "Agriculture", "Circuits courts", "Réemploi",
			"Économie circulaire", "Recyclage", "Énergies renouvelables", "Mobilité", "Numérique", "Culture",
			"Tourisme", "Habitat", "Éco-construction", "Bois", "Insertion", "Services à la personne", "Santé",
			"Logistique", "Industrie", "Services aux entreprises");

	String name;

	/** Its initials, for some poles (null otherwise). */
	String acronym;

	PoleNames.Carrier carrier;

	String siret;

	/** The RNA number of an association carrier (null otherwise). */
	String rna;

	Commune commune;

	String postalCode;

	String address;

	int year;

	/** A canonical status: actif, émergent, en sommeil, dissous. */
	String status;

	String laureate;

	List<String> sectors;

	/** Members by kind, in the order of {@code MEMBERS_ESS} … {@code MEMBERS_OTHER}. */
	int[] members = new int[7];

	int jobs;

	double fte;

	int budget;

	String website;

	/** First and last name of the contact. */
	String[] contact;

	String email;

	/** The last four digits of the contact's phone. */
	String phone;

	/** A new pole of the network, its name unlike the (folded) names already used. */
	static Pole invent(Network network, Set<String> usedNames) {
		Pole pole = new Pole();
		pole.commune = network.commune();
		String name = network.names.pole(pole.commune);
		for (int attempt = 0; usedNames.contains(HeaderVocabulary.fold(name)) && attempt < 30; attempt++) {
			name = network.names.pole(pole.commune);
		}
		if (usedNames.contains(HeaderVocabulary.fold(name))) {
			name = name + " (" + pole.commune.name() + ")";
		}
		usedNames.add(HeaderVocabulary.fold(name));
		pole.name = name;
		String initials = PoleNames.acronym(name);
		pole.acronym = (initials.length() >= 2 && network.chance(0.5)) ? initials : null;
		pole.carrier = network.names.carrier(name, pole.commune);
		pole.siret = network.siret();
		pole.rna = "association".equals(pole.carrier.legalForm())
				? "W" + String.format("%09d", network.random.nextInt(1_000_000_000)) : null;
		pole.postalCode = network.pick(pole.commune.postalCodes());
		pole.address = (1 + network.random.nextInt(60)) + (network.chance(0.1) ? " bis " : " ")
				+ network.pick(STREETS);
		pole.year = 2006 + network.random.nextInt(20);
		double draw = network.random.nextDouble();
		if (pole.year >= 2021 && draw < 0.6) {
			pole.status = "émergent";
		}
		else {
			pole.status = (draw < 0.8) ? "actif" : (draw < 0.93) ? "en sommeil" : "dissous";
		}
		pole.laureate = network.chance(0.5) ? network.pick(LAUREATES) : null;
		List<String> sectors = new ArrayList<>(SECTORS);
		Collections.shuffle(sectors, network.random);
		pole.sectors = List.copyOf(sectors.subList(0, 1 + network.random.nextInt(3)));
		for (int i = 0; i < pole.members.length; i++) {
			pole.members[i] = (i == 0) ? 2 + network.random.nextInt(20) : network.random.nextInt(6);
		}
		pole.jobs = network.random.nextInt(45);
		pole.fte = (1 + network.random.nextInt(40)) / 2.0;
		pole.budget = (40 + network.random.nextInt(1800)) * 500;
		String slug = PoleNames.slug(name);
		pole.website = switch (network.random.nextInt(5)) {
			case 0 -> "https://www." + slug + ".fr";
			case 1 -> "www." + slug + ".org";
			case 2 -> "http://" + slug + ".fr";
			case 3 -> slug + ".fr";
			default -> "https://" + slug + ".org/";
		};
		pole.contact = network.names.person();
		String first = HeaderVocabulary.fold(pole.contact[0]).replace(' ', '-');
		String last = HeaderVocabulary.fold(pole.contact[1]).replace(' ', '-');
		pole.email = switch (network.random.nextInt(3)) {
			case 0 -> first + "." + last + "@" + slug + ".fr";
			case 1 -> "contact@" + slug + ".fr";
			default -> first.charAt(0) + last + "@" + slug + ".org";
		};
		pole.phone = String.format("%04d", network.random.nextInt(10_000));
		return pole;
	}

}
