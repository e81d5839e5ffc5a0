package fr.ptce.observatory.resolution;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.ptce.observatory.normalisation.Names;
import fr.ptce.observatory.normalisation.Territory;

/**
 * Reads the evidence of a normalised record ({@code pole_record}) for resolution.
 */
final class Evidence {

	/** The columns of {@code pole_record r} the evidence is read from. */
	static final String COLUMNS = "r.raw_row_id, r.file_id, r.name, r.name_key, r.acronym, r.siren, r.siret_role, r.rna, "
			+ "r.postal_code, r.commune, r.departement, r.region, r.carrier_name, r.website, r.contact_email";

	private final MatchingSettings settings;

	Evidence(MatchingSettings settings) {
		this.settings = settings;
	}

	/** The columns of one record as read, so that its evidence can be worked out away from the result set. */
	record Row(long rawRowId, long fileId, String name, String nameKey, String acronym, String siren, String siretRole,
			String rna, String postalCode, String commune, String departement, String region, String carrierName,
			String website, String contactEmail) {

		static Row of(ResultSet rs) throws SQLException {
			return new Row(rs.getLong("raw_row_id"), rs.getLong("file_id"), rs.getString("name"), rs.getString("name_key"),
					rs.getString("acronym"), rs.getString("siren"), rs.getString("siret_role"), rs.getString("rna"),
					rs.getString("postal_code"), rs.getString("commune"), rs.getString("departement"),
					rs.getString("region"), rs.getString("carrier_name"), rs.getString("website"),
					rs.getString("contact_email"));
		}

	}

	ResolvableRecord read(ResultSet rs, Set<String> memberKeys) throws SQLException {
		return read(Row.of(rs), memberKeys);
	}

	/** A record's evidence; reads nothing but its row and the reference data, so rows may be read in parallel. */
	ResolvableRecord read(Row row, Set<String> memberKeys) {
		String name = row.name();
		String siren = row.siren();
		String role = row.siretRole();
		boolean carrierSiret = "porteuse".equals(role);
		Set<String> acronyms = new LinkedHashSet<>(NameTokens.acronyms(row.acronym(), name));
		acronyms.removeIf(acronym -> this.settings.genericWords().contains(NameTokens.stem(acronym)));
		String carrier = row.carrierName();
		Set<String> domains = new LinkedHashSet<>();
		addDomain(domains, host(row.website()));
		String email = row.contactEmail();
		if (email != null && email.contains("@")) {
			addDomain(domains, email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT).strip());
		}
		// the place a network adds after the name says where the pole is, not which one it is; a commune ending the name
		// of a row that gives none apart (« Le Pont-Levis à Fénols ») is the row's commune, and stays in the name's
		// matching form, so that two poles named after their communes (« Ressourcerie à Figeac », « … à Cahors ») are
		// never the same name
		String bareCommune = (row.commune() == null) ? PlaceSuffixes.bareCommune(name, Territory.official()) : null;
		String commune = (row.commune() != null) ? row.commune() : bareCommune;
		String matched = PlaceSuffixes.strip(name, Territory.official(), row.commune() != null);
		List<String> tokens = NameTokens.of(matched);
		String nameKey = (matched != null && !matched.equals(name) && bareCommune == null) ? Names.matchingKey(matched)
				: row.nameKey();
		// the sets are shared by every copy of the record (with its members, as a carrier's) and remembered across runs
		return new ResolvableRecord(row.rawRowId(), row.fileId(), name, tokens,
				nameKey, Collections.unmodifiableSet(acronyms), NameTokens.initials(matched),
				NameTokens.acronymForms(matched), carrierSiret ? null : siren,
				siren != null && "pôle".equals(role), carrierSiret ? siren : null, row.rna(), row.postalCode(),
				(commune != null) ? Names.matchingKey(commune) : null,
				row.departement(), row.region(),
				(carrier != null && !carrier.isBlank()) ? Names.matchingKey(carrier) : null,
				Collections.unmodifiableSet(domains), memberKeys);
	}

	private void addDomain(Set<String> domains, String domain) {
		if (domain != null && !domain.isEmpty() && !this.settings.genericDomains().contains(domain)) {
			domains.add(domain);
		}
	}

	/** The host of a website, without {@code www.}; {@code null} when it is no address. */
	static String host(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		try {
			String address = website.strip();
			URI uri = URI.create(address.contains("://") ? address : "https://" + address);
			String host = uri.getHost();
			if (host == null) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
