package io.followthrough.activities.practice;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Common English and Spanish given-name short forms, so "Bob" finds "Robert". */
final class Nicknames {
  private static final String[][] GROUPS = {
    {"robert", "bob", "bobby", "rob", "robbie", "bert"},
    {"william", "bill", "billy", "will", "willie", "liam"},
    {"elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby"},
    {"james", "jim", "jimmy", "jamie"},
    {"michael", "mike", "mikey", "mick"},
    {"katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy", "kat"},
    {"thomas", "tom", "tommy"},
    {"richard", "rick", "ricky", "rich", "dick"},
    {"margaret", "maggie", "peggy", "meg", "marge"},
    {"jennifer", "jen", "jenny"},
    {"christopher", "chris", "kit"},
    {"christina", "christine", "chris", "tina"},
    {"alexander", "alex", "xander", "sandy"},
    {"alexandra", "alex", "sandra", "sandy"},
    {"anthony", "tony"},
    {"joseph", "joe", "joey"},
    {"david", "dave", "davy"},
    {"daniel", "dan", "danny"},
    {"samuel", "sam", "sammy"},
    {"susan", "sue", "susie"},
    {"patricia", "pat", "patty", "trish"},
    {"patrick", "pat", "paddy"},
    {"steven", "stephen", "steve"},
    {"nicholas", "nick", "nicky"},
    {"benjamin", "ben", "benny"},
    {"matthew", "matt"},
    {"andrew", "andy", "drew"},
    {"edward", "ed", "eddie", "ted"},
    {"charles", "charlie", "chuck"},
    {"deborah", "debra", "deb", "debbie"},
    {"francisco", "paco", "pancho", "frank"},
    {"jose", "pepe"},
    {"guadalupe", "lupe"},
    {"dolores", "lola"},
  };

  private static final Map<String, Set<String>> GROUPS_BY_NAME = new HashMap<>();

  static {
    for (String[] group : GROUPS) {
      for (String name : group) {
        GROUPS_BY_NAME.computeIfAbsent(name, n -> new HashSet<>()).addAll(Set.of(group));
      }
    }
  }

  private Nicknames() {}

  /** Whether two normalized given names are the same person's (equal, or short and long form). */
  static boolean equivalent(String a, String b) {
    return a.equals(b) || GROUPS_BY_NAME.getOrDefault(a, Set.of()).contains(b);
  }
}
