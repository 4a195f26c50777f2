package io.followthrough.activities.store.documents;

import io.followthrough.activities.store.SqlTime;
import io.followthrough.activities.store.Transactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Index of received documents by content hash; the blobs themselves live in the blob store. */
public final class DocumentIndex {

  private final Transactor transactor;

  public DocumentIndex(Transactor transactor) {
    this.transactor = transactor;
  }

  /** Indexes a received document; false if the same content was indexed before (a re-send). */
  public boolean register(IndexedDocument document) {
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO document_index (document_id_hash, media_type, pages, received_at,"
                      + " document_type, workflow_id) VALUES (?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, document.documentIdHash());
            insert.setString(2, document.mediaType());
            insert.setInt(3, document.pages());
            SqlTime.set(insert, 4, document.receivedAt());
            insert.setString(5, document.documentType());
            insert.setString(6, document.workflowId());
            return insert.executeUpdate() == 1;
          }
        });
  }

  /** Records the classification; false if the document is not indexed. */
  public boolean classify(String documentIdHash, String documentType, Instant classifiedAt) {
    if (documentType == null || !documentType.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      throw new IllegalArgumentException("documentType must be a code such as referral");
    }
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE document_index SET document_type = ?, classified_at = ?"
                      + " WHERE document_id_hash = ?")) {
            update.setString(1, documentType);
            SqlTime.set(update, 2, classifiedAt);
            update.setString(3, documentIdHash);
            return update.executeUpdate() == 1;
          }
        });
  }

  /** Documents that started or joined the outcome {@code workflowId}, oldest first. */
  public List<IndexedDocument> forWorkflow(String workflowId) {
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM document_index WHERE workflow_id = ?"
                      + " ORDER BY received_at, document_id_hash")) {
            select.setString(1, workflowId);
            try (ResultSet rows = select.executeQuery()) {
              List<IndexedDocument> documents = new ArrayList<>();
              while (rows.next()) {
                documents.add(read(rows));
              }
              return documents;
            }
          }
        });
  }

  public Optional<IndexedDocument> find(String documentIdHash) {
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM document_index WHERE document_id_hash = ?")) {
            select.setString(1, documentIdHash);
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              return Optional.of(read(rows));
            }
          }
        });
  }

  private static IndexedDocument read(ResultSet rows) throws SQLException {
    return new IndexedDocument(
        rows.getString("document_id_hash"),
        rows.getString("media_type"),
        rows.getInt("pages"),
        SqlTime.get(rows, "received_at"),
        rows.getString("document_type"),
        rows.getString("workflow_id"));
  }
}
