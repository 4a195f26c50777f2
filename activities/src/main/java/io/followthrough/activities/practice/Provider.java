package io.followthrough.activities.practice;

/**
 * A rendering provider.
 *
 * @param ref e.g. {@code prov-03}
 * @param npi ten-digit National Provider Identifier (valid Luhn check digit)
 * @param displayName e.g. {@code Dr. Ana Reyes}
 * @param specialty lower-case specialty code
 * @param phone office phone, E.164
 * @param fax office fax, E.164
 */
public record Provider(
    String ref, String npi, String displayName, String specialty, String phone, String fax) {}
