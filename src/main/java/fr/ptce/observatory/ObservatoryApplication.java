package fr.ptce.observatory;

import java.util.Arrays;
import java.util.Optional;

import fr.ptce.observatory.operations.OneShotRun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The national observatory of PTCE.
 * <p>
 * Without arguments it runs as a service (web pages, API, scheduled import). With {@code run --inbox DIR
 * [--year Y] [--out DIR]} it imports, resolves and builds the report once, then exits with a status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ObservatoryApplication {

	public static void main(String[] args) {
		if (OneShotRun.wantsHelp(args)) {
			// help starts nothing: no database, no web service
			System.out.print(OneShotRun.USAGE);
			return;
		}
		SpringApplication application = new SpringApplication(ObservatoryApplication.class);
		if (args.length > 0 && OneShotRun.COMMAND.equals(args[0])) {
			OneShotRun.keepStandardOutputForResults();
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles(OneShotRun.PROFILE);
			String[] options = OneShotRun.options(Arrays.copyOfRange(args, 1, args.length));
			// a mistyped command answers at once, before the database starts
			Optional<String> usage = OneShotRun.usageError(options);
			if (usage.isPresent()) {
				System.err.println(usage.get());
				System.exit(OneShotRun.USAGE_ERROR);
			}
			System.exit(SpringApplication.exit(application.run(options)));
		}
		application.run(args);
	}

}
