package fr.ptce.observatory.operations;

import java.util.Optional;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The network a RESEAU account is bound to ({@code observatory.security.users[].reseau}), as its source profile
 * names it: what confines the account to its own files.
 */
@Component
public class NetworkAccounts {

	private final ObservatoryProperties properties;

	private final SourceProfiles profiles;

	NetworkAccounts(ObservatoryProperties properties, SourceProfiles profiles) {
		this.properties = properties;
		this.profiles = profiles;
	}

	/** The network of the account that is logged in, if it is a network's account. */
	public Optional<SourceProfile> of(Authentication authentication) {
		if (authentication == null || authentication.getAuthorities().stream()
			.noneMatch(authority -> authority.getAuthority().equals("ROLE_" + SecurityConfiguration.RESEAU))) {
			return Optional.empty();
		}
		return this.properties.security().users().stream()
			.filter(user -> user.name().equals(authentication.getName()) && user.reseau() != null)
			.findFirst()
			.flatMap(user -> this.profiles.find(user.reseau()));
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
