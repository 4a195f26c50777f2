package io.followthrough.activities.documents.split;

/**
 * One document found inside a packet.
 *
 * @param firstPage 1-based, inclusive
 * @param lastPage 1-based, inclusive
 * @param confidence 0..1: how sure the splitter is of both ends of this range
 * @param coverSheet true when the range is a fax cover sheet rather than a clinical document
 */
public record PacketPart(int firstPage, int lastPage, double confidence, boolean coverSheet) {
  public int pageCount() {
    return lastPage - firstPage + 1;
  }
}
