package vn.thidua.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;

/** A date option as office staff type it: 25/09/2020, or ISO 2020-09-25. */
public class DateConverter implements ITypeConverter<LocalDate> {
  private static final DateTimeFormatter[] FORMATS = {
    DateTimeFormatter.ISO_LOCAL_DATE,
    DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
    DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
    DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT)
  };

  @Override
  public LocalDate convert(String value) {
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(value.strip(), f);
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    throw new ArgumentProblem("cli.arg.date");
  }
}
