package fr.ptce.observatory.operations.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.ptce.observatory.ingestion.ObservationYear;
import fr.ptce.observatory.ingestion.ReceivedFiles;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.normalisation.FilePreview;
import fr.ptce.observatory.operations.NetworkAccounts;
import fr.ptce.observatory.operations.NetworkActions;
import fr.ptce.observatory.operations.ReportYear;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.provenance.FeedbackWorkbook;
import fr.ptce.observatory.provenance.NextYearTemplate;
import fr.ptce.observatory.resolution.NetworkPoles;
import fr.ptce.observatory.shared.French;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A network's own space ({@code /reseau}), for its RESEAU account: the files it sent with their verdicts, row
 * accounting and feedback workbooks, the files waiting for the next import, a form to send one, and next year's
 * workbook. Its poles are {@link NetworkPolesController}'s. Everything is its own network's: another network's file
 * answers 404, as one that does not exist.
 */
@Controller
class NetworkController {

	private static final Logger logger = LoggerFactory.getLogger(NetworkController.class);

	private final NetworkAccounts accounts;

	private final ReceivedFiles files;

	private final FeedbackWorkbook feedback;

	private final InboxUploads uploads;

	private final ObservatoryProperties properties;

	private final NetworkPoles poles;

	private final NetworkActions actions;

	private final SourceProfiles profiles;

	private final Runs runs;

	private final NextYearTemplate template;

	private final FilePreview preview;

	private final Clock clock;

	private final ReportYear reportYear;

	NetworkController(NetworkAccounts accounts, ReceivedFiles files, FeedbackWorkbook feedback, InboxUploads uploads,
			ObservatoryProperties properties, NetworkPoles poles, NetworkActions actions, SourceProfiles profiles,
			Runs runs,
			NextYearTemplate template, FilePreview preview, Clock clock, ReportYear reportYear) {
		this.clock = clock;
		this.reportYear = reportYear;
		this.template = template;
		this.preview = preview;
		this.runs = runs;
		this.actions = actions;
		this.profiles = profiles;
		this.poles = poles;
		this.accounts = accounts;
		this.files = files;
		this.feedback = feedback;
		this.uploads = uploads;
		this.properties = properties;
	}

	@GetMapping("/reseau")
	String page(Authentication authentication, Model model) throws IOException {
		SourceProfile network = this.accounts.networkOf(authentication);
		List<ReceivedFiles.NetworkFile> sent = this.files.ofNetwork(network.network(), network.folder());
		model.addAttribute("network", network.network());
		model.addAttribute("files", sent);
		model.addAttribute("waiting", waiting(network, sent));
		model.addAttribute("poleCount", this.poles.count(network.network()));
		return "reseau";
	}

	@PostMapping("/reseau/depot")
	String upload(Authentication authentication, @RequestParam("fichier") MultipartFile file,
			RedirectAttributes redirect) {
		SourceProfile network = this.accounts.networkOf(authentication);
		try {
			// checked before the file is written: a file its profile would not recognise would be no network's
			Path saved = this.uploads.save(file, network.folder(), relative -> {
				if (!network.network().equals(this.profiles.forFile(relative).network())) {
					throw new IllegalArgumentException("Fichier refusé : les fichiers " + French.of(network.network())
							+ " sont reconnus à leur nom (profil « " + network.name() + " »), et celui-ci ne suit pas "
							+ "leur modèle de nom. Renommez-le comme vos envois habituels, ou demandez à un analyste "
							+ "d'adapter le profil de votre réseau.");
				}
			});
			this.actions.record(authentication.getName(), network.network(), NetworkActions.UPLOAD,
					this.uploads.relative(saved));
			String received = "Fichier reçu : " + saved.getFileName() + ". ";
			try {
				// read at once, alone, when no other run is under way: its verdict shows here within seconds
				this.runs.startImport(new Runs.ImportRequest(this.properties.inbox(), this.uploads.relative(saved), null));
				redirect.addFlashAttribute("message", received + "Sa lecture a commencé : son verdict s'affiche ci-dessous "
						+ "dans quelques secondes (rechargez la page).");
			}
			catch (Runs.RunInProgressException ex) {
				// another run holds the import: the file is read and checked in memory at once, imported after
				String relative = this.uploads.relative(saved);
				SourceProfile profile = this.profiles.forFile(relative);
				redirect.addFlashAttribute("message", received + this.preview.verdict(saved, profile,
						ObservationYear.ofFile(relative, profile, java.time.Year.now(this.clock).getValue()))
						+ " Un import est en cours : le fichier sera importé au suivant (chaque nuit, ou dès qu'un "
						+ "analyste le lance), et son verdict définitif s'affichera ici.");
			}
			catch (IllegalStateException ex) {
				// the import could not start (or is slow to): the file is safe in the inbox, read at the next import
				logger.warn("Import of the file sent by {} did not start at once", network.network(), ex);
				redirect.addFlashAttribute("message", received + "Sa lecture n'a pas pu commencer tout de suite : il sera "
						+ "importé au prochain import (chaque nuit, ou dès qu'un analyste le lance), et son verdict "
						+ "s'affichera ici.");
			}
		}
		catch (IllegalArgumentException | IOException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/reseau";
	}

	/**
	 * Next year's workbook of the network: its poles and members pre-filled, named so that its profile recognises
	 * it when it comes back (its folder and the year, else its last file's name with the year changed).
	 */
	@GetMapping("/reseau/modele.xlsx")
	ResponseEntity<StreamingResponseBody> template(Authentication authentication) {
		SourceProfile network = this.accounts.networkOf(authentication);
		int year = this.reportYear.toReportOrLastYear() + 1;
		String name = templateName(network, year);
		this.actions.record(authentication.getName(), network.network(), NetworkActions.TEMPLATE, name);
		StreamingResponseBody body = out -> this.template.write(network.network(), year, out);
		return ResponseEntity.ok()
			.contentType(FileController.XLSX)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String templateName(SourceProfile network, int year) {
		String plain = network.folder() + "-" + year + ".xlsx";
		if (network.network().equals(this.profiles.forFile(network.folder() + "/" + plain).network())) {
			return plain;
		}
		return this.files.ofNetwork(network.network(), network.folder()).stream()
			.map(file -> file.name().substring(file.name().lastIndexOf('/') + 1))
			// the last year of the name is the year it describes (« bilan-2023-2024 » becomes « bilan-2023-2026 »)
			.map(last -> last.replaceFirst("^(.*)(?:19|20)\\d{2}", "$1" + year).replaceFirst("\\.[^.]+$", ".xlsx"))
			.filter(candidate -> network.network()
				.equals(this.profiles.forFile(network.folder() + "/" + candidate).network()))
			.findFirst()
			.orElse(plain);
	}

	@GetMapping("/reseau/fichiers/{id}/retour.xlsx")
	ResponseEntity<StreamingResponseBody> feedback(Authentication authentication, @PathVariable long id) {
		SourceProfile network = this.accounts.networkOf(authentication);
		if (!this.files.sentBy(id, network.network())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Fichier n° " + id + " inconnu.");
		}
		this.actions.record(authentication.getName(), network.network(), NetworkActions.FEEDBACK,
				this.files.name(id).orElse("n° " + id));
		return FileController.download(this.feedback, id);
	}

	/** The files of the network's inbox folder that no import has read yet. */
	private List<String> waiting(SourceProfile network, List<ReceivedFiles.NetworkFile> sent) throws IOException {
		Path folder = this.properties.inbox().toAbsolutePath().normalize().resolve(network.folder());
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		Set<String> read = sent.stream().map(ReceivedFiles.NetworkFile::name).collect(Collectors.toSet());
		try (Stream<Path> inFolder = Files.list(folder)) {
			return inFolder.filter(Files::isRegularFile)
				.filter(file -> !file.getFileName().toString().startsWith("."))
				.filter(file -> !read.contains(network.folder() + "/" + file.getFileName()))
				.map(file -> file.getFileName().toString())
				.sorted()
				.toList();
		}
	}

}
