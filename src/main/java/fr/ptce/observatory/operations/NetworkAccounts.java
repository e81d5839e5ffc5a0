package fr.ptce.observatory.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The network a RESEAU account is bound to ({@code observatory.security.users[].reseau} for a configured account,
 * the accounts page for a stored one), as its source profile names it: what confines the account to its own
 * files.
 */
@Component
public class NetworkAccounts {

	private final ObservatoryProperties properties;

	private final SourceProfiles profiles;

	private final StoredNetworkAccounts stored;

	NetworkAccounts(ObservatoryProperties properties, SourceProfiles profiles, StoredNetworkAccounts stored) {
		this.properties = properties;
		this.profiles = profiles;
		this.stored = stored;
	}

	/** Whether the one logged in is a network's account (role RESEAU). */
	static boolean isNetwork(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + SecurityConfiguration.RESEAU));
	}

	/**
	 * Whether a login is taken, whatever its case: by a configured account, the automatic {@code admin} account
	 * (when none is configured), or a stored one.
	 */
	public boolean taken(String login) {
		List<ObservatoryProperties.User> configured = this.properties.security().users();
		return configured.stream().anyMatch(user -> user.name().equalsIgnoreCase(login))
				|| (configured.isEmpty() && "admin".equalsIgnoreCase(login))
				|| this.stored.logins().stream().anyMatch(stored -> stored.equalsIgnoreCase(login));
	}

	/** The configured network accounts (read-only), as login and network's name, for the accounts page. */
	public List<Map.Entry<String, String>> configured() {
		return this.properties.security().users().stream()
			.filter(user -> user.reseau() != null)
			.map(user -> Map.entry(user.name(), this.profiles.find(user.reseau()).map(SourceProfile::network)
				.orElse(user.reseau())))
			.toList();
	}

	/**
	 * The network of a RESEAU account, for the pages only such accounts reach (the security configuration lets no
	 * other in, and their network was checked at start-up); 403 otherwise.
	 */
	public SourceProfile networkOf(Authentication authentication) {
		return of(authentication).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Compte sans réseau."));
	}

	/** The network of the account that is logged in, if it is a network's account. */
	public Optional<SourceProfile> of(Authentication authentication) {
		if (!isNetwork(authentication)) {
			return Optional.empty();
		}
		Optional<String> network = this.properties.security().users().stream()
			.filter(user -> user.name().equals(authentication.getName()) && user.reseau() != null)
			.findFirst()
			.map(ObservatoryProperties.User::reseau)
			// a stored account disabled while logged in loses its space at once
			.or(() -> this.stored.credentials(authentication.getName()).filter(account -> !account.disabled())
				.map(StoredNetworkAccounts.Credentials::network));
		return network.flatMap(this.profiles::find);
	}

	/**
	 * Stops the start on an account that mixes a network's role with others, or names no known network, saying
	 * which.
	 */
	static void check(ObservatoryProperties.User user, SourceProfiles profiles) {
		boolean network = user.roles() != null && user.roles().contains(SecurityConfiguration.RESEAU);
		if (network && user.roles().size() > 1) {
			throw new IllegalStateException("Compte « " + user.name() + " » : le rôle RESEAU ne se combine avec aucun "
					+ "autre.");
		}
		if (network && (user.reseau() == null || profiles.find(user.reseau()).filter(p -> p.folder() != null)
			.isEmpty())) {
			throw new IllegalStateException("Compte « " + user.name() + " » : réseau inconnu (« " + user.reseau()
					+ " ») ; indiquez le nom d'un profil de jobs/sources, le nom du réseau ou son dossier.");
		}
		if (!network && user.reseau() != null) {
			throw new IllegalStateException("Compte « " + user.name() + " » : seul un compte de rôle RESEAU a un réseau.");
		}
	}

}
