package fr.ptce.observatory.resolution;

import fr.ptce.observatory.ingestion.FilesToReadAgain;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pole each row of a file belonged to, kept aside ({@code previous_link}) while the file is read again, so
 * that the same row finds the same pole and identifiers do not change.
 */
@Component
class PreviousLinks {

	private final JdbcTemplate jdbc;

	PreviousLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Order(FilesToReadAgain.KEEP)
	void keep(FilesToReadAgain files) {
		this.jdbc.update("""
				insert into previous_link (file_id, sheet, row_number, pole_id)
				select r.file_id, r.sheet, r.row_number, p.pole_id from raw_row r join pole_record p on p.raw_row_id = r.id
				where r.file_id = any(?) and p.pole_id is not null
				on conflict do nothing""", (Object) files.ids());
	}

}
