package fr.ptce.observatory.reporting;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;

/**
 * The DejaVu Sans fonts shipped under {@code fonts/}, used by the charts and by the PDF and embedded in it,
 * so accents print and the text can be extracted on any machine.
 */
final class ReportFonts {

	static final String FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

	static {
		GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
		try {
			environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(REGULAR)));
			environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BOLD)));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Shipped fonts cannot be read", ex);
		}
	}

	private ReportFonts() {
	}

	static Font awt(int style, float size) {
		return new Font(FAMILY, style, Math.round(size)).deriveFont(size);
	}

	static BaseFont regular() {
		return pdfFont("DejaVuSans.ttf", REGULAR);
	}

	static BaseFont bold() {
		return pdfFont("DejaVuSans-Bold.ttf", BOLD);
	}

	/** Maps the charts' AWT fonts to the same fonts, embedded, in the PDF. */
	static DefaultFontMapper mapper() {
		DefaultFontMapper mapper = new DefaultFontMapper();
		mapper.putName("DejaVu Sans", parameters("DejaVuSans.ttf", REGULAR));
		mapper.putName("DejaVu Sans Bold", parameters("DejaVuSans-Bold.ttf", BOLD));
		return mapper;
	}

	private static DefaultFontMapper.BaseFontParameters parameters(String name, byte[] bytes) {
		DefaultFontMapper.BaseFontParameters parameters = new DefaultFontMapper.BaseFontParameters(name);
		parameters.encoding = BaseFont.IDENTITY_H;
		parameters.embedded = true;
		parameters.ttfAfm = bytes;
		return parameters;
	}

	private static BaseFont pdfFont(String name, byte[] bytes) {
		try {
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] load(String resource) {
		try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
