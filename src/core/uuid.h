// Name-based UUIDs (RFC 9562 version 5, SHA-1), for identifiers that must never change.
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// The SHA-1 digest of `data` (20 bytes, raw).
std::string Sha1(std::string_view data);

/// True for a UUID in its canonical text form: 8-4-4-4-12 hexadecimal digits.
bool IsUuid(std::string_view text);

/// UUIDv5 of `name` in the namespace `namespace_uuid` ("xxxxxxxx-xxxx-...", lowercase).
/// Returns "" when `namespace_uuid` is not a UUID.
std::string UuidV5(std::string_view namespace_uuid, std::string_view name);

}  // namespace spoken
