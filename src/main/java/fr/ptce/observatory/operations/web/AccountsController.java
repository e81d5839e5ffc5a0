package fr.ptce.observatory.operations.web;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.operations.NetworkAccounts;
import fr.ptce.observatory.operations.NetworkActions;
import fr.ptce.observatory.operations.StoredNetworkAccounts;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The networks' accounts ({@code /comptes}, analysts): the configured ones, read-only, and those created here,
 * which an analyst creates, disables, enables or gives a new password without a restart. A password is drawn at
 * random and shown once, on the page that made it.
 */
@Controller
class AccountsController {

	private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private final StoredNetworkAccounts stored;

	private final NetworkAccounts accounts;

	private final SourceProfiles profiles;

	private final NetworkActions actions;

	AccountsController(StoredNetworkAccounts stored, NetworkAccounts accounts, SourceProfiles profiles,
			NetworkActions actions) {
		this.stored = stored;
		this.accounts = accounts;
		this.profiles = profiles;
		this.actions = actions;
	}

	@GetMapping("/comptes")
	String page(Model model) {
		model.addAttribute("configured", this.accounts.configured());
		// the network as people name it, not its profile's file name
		model.addAttribute("stored", this.stored.all().stream().map(account -> new StoredNetworkAccounts.Account(
				account.login(), this.profiles.find(account.network()).map(SourceProfile::network).orElse(account.network()),
				account.disabled(), account.createdBy(), account.createdAt(), account.updatedBy(), account.updatedAt()))
			.toList());
		model.addAttribute("profiles", this.profiles.all().stream().filter(profile -> profile.folder() != null)
			.sorted(Comparator.comparing(SourceProfile::network)).toList());
		return "comptes";
	}

	@PostMapping("/comptes")
	String create(@RequestParam String identifiant, @RequestParam String reseau, Authentication analyst,
			RedirectAttributes redirect) {
		String login = identifiant.strip().toLowerCase(java.util.Locale.ROOT);
		Optional<SourceProfile> network = this.profiles.find(reseau).filter(profile -> profile.folder() != null);
		if (!LOGIN.matcher(login).matches()) {
			redirect.addFlashAttribute("error", "Identifiant « " + identifiant + " » refusé : de 3 à 40 lettres "
					+ "minuscules sans accent, chiffres, points, tirets ou soulignés.");
		}
		else if (network.isEmpty()) {
			redirect.addFlashAttribute("error", "Réseau inconnu : " + reseau + ".");
		}
		else if (this.accounts.taken(login)) {
			redirect.addFlashAttribute("error", "L'identifiant « " + login + " » est déjà pris.");
		}
		else {
			String password;
			try {
				password = this.stored.create(login, network.get().name(), analyst.getName());
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				// created by another analyst a moment ago
				redirect.addFlashAttribute("error", "L'identifiant « " + login + " » est déjà pris.");
				return "redirect:/comptes";
			}
			this.actions.record(analyst.getName(), network.get().network(), NetworkActions.ACCOUNT_CREATED, login);
			redirect.addFlashAttribute("message", "Compte « " + login + " » créé pour " + network.get().network()
					+ ". Mot de passe, affiché cette fois seulement : " + password);
		}
		return "redirect:/comptes";
	}

	@PostMapping("/comptes/{login}/mot-de-passe")
	String newPassword(@PathVariable String login, Authentication analyst, RedirectAttributes redirect) {
		this.stored.newPassword(login, analyst.getName()).ifPresentOrElse(password -> {
			this.actions.record(analyst.getName(), network(login), NetworkActions.NEW_PASSWORD, login);
			redirect.addFlashAttribute("message", "Nouveau mot de passe de « " + login + " », affiché cette fois "
					+ "seulement : " + password);
		}, () -> redirect.addFlashAttribute("error", unknown(login)));
		return "redirect:/comptes";
	}

	@PostMapping("/comptes/{login}/desactiver")
	String disable(@PathVariable String login, Authentication analyst, RedirectAttributes redirect) {
		return state(login, true, analyst, redirect);
	}

	@PostMapping("/comptes/{login}/reactiver")
	String enable(@PathVariable String login, Authentication analyst, RedirectAttributes redirect) {
		return state(login, false, analyst, redirect);
	}

	private String state(String login, boolean disabled, Authentication analyst, RedirectAttributes redirect) {
		if (this.stored.disable(login, disabled, analyst.getName())) {
			this.actions.record(analyst.getName(), network(login), disabled ? NetworkActions.ACCOUNT_DISABLED : NetworkActions.ACCOUNT_ENABLED,
					login);
			redirect.addFlashAttribute("message", "Compte « " + login + " » " + (disabled ? "désactivé." : "réactivé."));
		}
		else {
			redirect.addFlashAttribute("error", unknown(login));
		}
		return "redirect:/comptes";
	}

	private String network(String login) {
		return this.stored.networkOf(login).flatMap(this.profiles::find).map(SourceProfile::network).orElse("—");
	}

	private static String unknown(String login) {
		return "Aucun compte « " + login + " » n'a été créé sur cette page (les comptes configurés ne s'y modifient pas).";
	}

}
