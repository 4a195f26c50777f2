package io.followthrough.activities.priorauth;

import io.followthrough.priorauth.AuthRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The payer rules table ({@code payer-rules.txt}): whether a payer requires prior authorization for
 * a specialty or service code, the service code submitted, and the payer's decision deadline in
 * days. The first matching row wins; no match means not required.
 */
public final class PayerRules {
  private static final String RESOURCE = "payer-rules.txt";

  /**
   * One row.
   *
   * @param payer payer code or {@code *}
   * @param specialty specialty code or {@code *}
   * @param serviceCode the service code submitted when the order names none
   * @param required whether authorization is required ({@code exempt} rows say no)
   * @param decisionDays the payer's days to decide (0: the policy's default)
   */
  public record Row(
      String payer, String specialty, String serviceCode, boolean required, int decisionDays) {

    boolean matches(String p, String s, String code) {
      return ("*".equals(payer) || payer.equals(p))
          && ("*".equals(specialty) || specialty.equals(s) || serviceCode.equals(code));
    }
  }

  private final List<Row> rows;

  PayerRules(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The table shipped with the activities. */
  public static PayerRules bundled() {
    try (InputStream in = PayerRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PayerRules parse(String text) {
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = trimmed.split("\\|");
      if (cells.length != 5) {
        throw new IllegalStateException(RESOURCE + " line " + n + ": expected 5 cells");
      }
      String auth = cells[3].strip();
      if (!auth.equals("required") && !auth.equals("exempt")) {
        throw new IllegalStateException(RESOURCE + " line " + n + ": auth is required or exempt");
      }
      try {
        rows.add(
            new Row(
                cells[0].strip(),
                cells[1].strip(),
                cells[2].strip(),
                auth.equals("required"),
                Integer.parseInt(cells[4].strip())));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(RESOURCE + " line " + n + ": days is a number", e);
      }
    }
    return new PayerRules(rows);
  }

  /** The rule for an order: {@code serviceCode} may be null (the row's code is used). */
  public AuthRule rule(String payer, String specialty, String serviceCode) {
    String p = lower(payer);
    String s = lower(specialty);
    for (Row row : rows) {
      if (row.matches(p, s, serviceCode)) {
        return row.required()
            ? new AuthRule(true, row.serviceCode(), row.decisionDays())
            : AuthRule.notRequired();
      }
    }
    return AuthRule.notRequired();
  }

  public List<Row> rows() {
    return rows;
  }

  private static String lower(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
