package fr.ptce.observatory.operations;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the network accounts did, with who and when ({@code network_action}), for the analysts to see. */
@Repository
public class NetworkActions {

	/** Logged in. */
	public static final String LOGIN = "Connexion";

	/** Sent a file. */
	public static final String UPLOAD = "Envoi d'un fichier";

	/** Proposed a correction to one of its poles. */
	public static final String CORRECTION = "Correction proposée";

	/** Downloaded next year's workbook. */
	public static final String TEMPLATE = "Modèle téléchargé";

	/** An analyst created a network's account. */
	public static final String ACCOUNT_CREATED = "Compte créé";

	/** An analyst drew a new password for a network's account. */
	public static final String NEW_PASSWORD = "Nouveau mot de passe";

	/** An analyst disabled a network's account. */
	public static final String ACCOUNT_DISABLED = "Compte désactivé";

	/** An analyst enabled a network's account again. */
	public static final String ACCOUNT_ENABLED = "Compte réactivé";

	/** Downloaded a file's feedback workbook. */
	public static final String FEEDBACK = "Classeur de retour téléchargé";

	private final JdbcTemplate jdbc;

	NetworkActions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An action, as listed: who, for which network, what, on what, when. */
	public record Action(String account, String network, String action, String detail, OffsetDateTime at) {
	}

	public void record(String account, String network, String action, String detail) {
		this.jdbc.update("insert into network_action (account, network, action, detail) values (?, ?, ?, ?)", account,
				network, action, detail);
	}

	/** The latest actions, latest first. */
	public List<Action> latest(int limit) {
		return this.jdbc.query("select * from network_action order by at desc, id desc limit ?",
				(rs, n) -> new Action(rs.getString("account"), rs.getString("network"), rs.getString("action"),
						rs.getString("detail"), rs.getObject("at", OffsetDateTime.class)),
				limit);
	}

}
