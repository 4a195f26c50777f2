package io.followthrough.activities.practice;

/** Phone numbers compared on their last ten digits, punctuation and a leading +1 ignored. */
final class Phones {
  private Phones() {}

  /** The last ten digits, or "" when there are fewer than ten. */
  static String digits(String phone) {
    if (phone == null) {
      return "";
    }
    String digits = phone.replaceAll("\\D", "");
    return digits.length() < 10 ? "" : digits.substring(digits.length() - 10);
  }

  /** E.164 form of a North American number, or null when it is not one. */
  static String toE164(String phone) {
    String digits = digits(phone);
    String all = phone == null ? "" : phone.replaceAll("\\D", "");
    boolean plausible = all.length() == 10 || (all.length() == 11 && all.charAt(0) == '1');
    return plausible && digits.charAt(0) >= '2' ? "+1" + digits : null;
  }
}
