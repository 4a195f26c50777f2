package io.followthrough.activities.drafting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plain-text table format of the drafting resources: one row per line, cells separated by
 * {@code |} and trimmed, {@code #} starts a comment line, blank lines are skipped, and one line
 * {@code @version N} says the table's version.
 */
public final class PipeTable {
  private PipeTable() {}

  /** Rows of {@code text}, each with exactly {@code columns} cells. */
  public static List<List<String>> parse(String text, int columns, String name) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("@version")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
      if (cells.size() != columns) {
        throw new IllegalStateException(
            name + " line " + (i + 1) + ": " + columns + " cells expected, " + cells.size());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The number on the table's {@code @version} line. */
  public static int version(String text, String name) {
    for (String line : text.split("\\R")) {
      if (line.strip().startsWith("@version")) {
        return Integer.parseInt(line.strip().substring("@version".length()).strip());
      }
    }
    throw new IllegalStateException(name + " has no @version line");
  }

  /** Words of a cell separated by spaces or commas; empty for an empty cell or {@code -}. */
  public static List<String> words(String cell) {
    if (cell.isBlank() || cell.equals("-")) {
      return List.of();
    }
    return Arrays.stream(cell.split("[,\\s]+")).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * Comma-separated items of a cell (items may hold spaces); empty for an empty cell or {@code -}.
   */
  public static List<String> items(String cell) {
    if (cell.isBlank() || cell.equals("-")) {
      return List.of();
    }
    return Arrays.stream(cell.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
  }
}
