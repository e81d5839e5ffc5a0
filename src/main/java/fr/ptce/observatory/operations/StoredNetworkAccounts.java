package fr.ptce.observatory.operations;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * The networks' accounts analysts create on the accounts page ({@code network_account}): each bound to a network's
 * profile, with a password drawn at random, shown once and kept hashed; disabled or given a new password without a
 * restart.
 */
@Repository
public class StoredNetworkAccounts {

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final SecureRandom random = new SecureRandom();

	StoredNetworkAccounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		// the same encoding as the configured accounts' ({bcrypt}…), also where no web security is set up
		this.encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** A stored account, as the accounts page lists it (never its password). */
	public record Account(String login, String network, boolean disabled, String createdBy, OffsetDateTime createdAt,
			String updatedBy, OffsetDateTime updatedAt) {
	}

	/** A stored account's login data, for logging in. */
	record Credentials(String login, String password, String network, boolean disabled) {
	}

	public List<Account> all() {
		return this.jdbc.query("select * from network_account order by network, login",
				(rs, n) -> new Account(rs.getString("login"), rs.getString("network"), rs.getBoolean("disabled"),
						rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
						rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)));
	}

	Optional<Credentials> credentials(String login) {
		return this.jdbc.query("select login, password, network, disabled from network_account where login = lower(?)",
				(rs, n) -> new Credentials(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), login)
			.stream().findFirst();
	}

	/** The network (its profile's name) of a stored account. */
	public Optional<String> networkOf(String login) {
		return credentials(login).map(Credentials::network);
	}

	/** Creates the account and gives back its password, drawn at random: the only time it is shown. */
	public String create(String login, String network, String analyst) {
		String password = drawn();
		this.jdbc.update("insert into network_account (login, password, network, created_by) values (?, ?, ?, ?)",
				login, this.encoder.encode(password), network, analyst);
		return password;
	}

	/** Draws a new password for the account and gives it back; empty when no such account is stored. */
	public Optional<String> newPassword(String login, String analyst) {
		String password = drawn();
		int updated = this.jdbc.update("""
				update network_account set password = ?, updated_by = ?, updated_at = now() where login = ?""",
				this.encoder.encode(password), analyst, login);
		return (updated == 1) ? Optional.of(password) : Optional.empty();
	}

	/** Disables or enables the account; {@code false} when no such account is stored. */
	public boolean disable(String login, boolean disabled, String analyst) {
		return this.jdbc.update("""
				update network_account set disabled = ?, updated_by = ?, updated_at = now() where login = ?""", disabled,
				analyst, login) == 1;
	}

	public List<String> logins() {
		return this.jdbc.queryForList("select login from network_account", String.class);
	}

	private String drawn() {
		byte[] bytes = new byte[9];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
