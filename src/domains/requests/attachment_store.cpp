// The attachments part of store.hpp: files kept in the database as base64 text with their
// SHA-256.
#include <sodium.h>

#include "domains/requests/queries.hpp"
#include "domains/requests/store.hpp"

namespace attache::requests {
namespace {

std::string Hex(const unsigned char* bytes, size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

std::string Sha256(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return Hex(digest, sizeof digest);
}

std::string Base64(std::string_view bytes) {
  constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL;
  std::string text(sodium_base64_ENCODED_LEN(bytes.size(), kVariant), '\0');
  sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kVariant);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::optional<std::string> FromBase64(std::string_view text) {
  std::string bytes(text.size() / 4 * 3 + 3, '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                        text.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  bytes.resize(length);
  return bytes;
}

Attachment ReadAttachment(const db::Row& row) {
  Attachment attachment;
  attachment.id = row.Int(0);
  attachment.request_id = row.Int(1);
  attachment.name = row.String(2);
  attachment.media_type = row.String(3);
  attachment.size = row.Int(4);
  attachment.sha256 = row.String(5);
  if (!row.IsNull(6)) attachment.uploaded_by = UserRef{row.Int(6), row.String(7)};
  attachment.created_at = row.String(8);
  attachment.version = row.Int(9);
  return attachment;
}

}  // namespace

Result<std::vector<Attachment>> SelectAttachments(db::Connection& conn, int64_t request_id) {
  std::vector<Attachment> attachments;
  const std::string sql = std::string(kSelectAttachments) + std::string(kAttachmentOrder);
  auto status = conn.Query(sql, {request_id},
                           [&](const db::Row& row) { attachments.push_back(ReadAttachment(row)); });
  if (!status) return tl::unexpected(status.error());
  return attachments;
}

Result<std::optional<Attachment>> SelectAttachment(db::Connection& conn, int64_t request_id,
                                                   int64_t id) {
  std::optional<Attachment> attachment;
  const std::string sql = std::string(kSelectAttachments) + std::string(kAttachmentById);
  auto status = conn.Query(sql, {request_id, id},
                           [&](const db::Row& row) { attachment = ReadAttachment(row); });
  if (!status) return tl::unexpected(status.error());
  return attachment;
}

Result<int64_t> CountAttachments(db::Connection& conn, int64_t request_id) {
  return conn.QueryInt(kCountAttachments, {request_id});
}

Result<std::optional<std::string>> SelectAttachmentBytes(db::Connection& conn, int64_t id) {
  std::optional<std::string> text;
  auto status =
      conn.Query(kSelectAttachmentContent, {id}, [&](const db::Row& row) { text = row.String(0); });
  if (!status) return tl::unexpected(status.error());
  if (!text) return std::optional<std::string>();
  auto bytes = FromBase64(*text);
  if (!bytes) return FailInternal(ErrorCode::kInternal, "attachment content is not base64");
  return bytes;
}

Result<int64_t> InsertAttachment(db::Connection& conn, int64_t request_id, std::string_view name,
                                 std::string_view media_type, std::string_view bytes, TimePoint at,
                                 const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const std::string hash = Sha256(bytes);
  const std::string content = Base64(bytes);
  return conn.QueryInt(
      kInsertAttachment,
      {request_id, name, media_type, static_cast<int64_t>(bytes.size()), std::string_view(hash),
       std::string_view(content), std::string_view(now), db::Nullable(actor.user_id)});
}

Result<bool> ArchiveAttachment(db::Connection& conn, int64_t request_id, int64_t id,
                               int64_t version, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kArchiveAttachment, {std::string_view(now), id, request_id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

}  // namespace attache::requests
