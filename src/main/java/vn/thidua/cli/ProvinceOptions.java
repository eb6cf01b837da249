package vn.thidua.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What consolidate and nominate share: the inputs and how they are merged. */
public class ProvinceOptions {
  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      descriptionKey = "param.paths",
      description = "Workbooks and folders of workbooks.")
  List<Path> paths;

  @Option(
      names = "--latest",
      descriptionKey = "option.latest",
      description =
          "No longer needed: of several versions of a unit's report the newest is always used.")
  boolean latest;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      descriptionKey = "option.asof",
      description =
          "The date printed in the reports (dd/mm/yyyy or yyyy-mm-dd; default today), so that"
              + " runs can be reproduced.")
  LocalDate asOf;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      descriptionKey = "option.templates",
      description = "Folder of FreeMarker templates overriding the built-in ones.")
  Path templates;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      descriptionKey = "option.password",
      description = "Password of encrypted workbooks.")
  String password;
}
