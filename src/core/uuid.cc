#include "core/uuid.h"

#include <array>
#include <cstdint>

#include "core/ascii.h"

namespace spoken {
namespace {

uint32_t RotateLeft(uint32_t value, int bits) { return (value << bits) | (value >> (32 - bits)); }

}  // namespace

std::string Sha1(std::string_view data) {
  std::array<uint32_t, 5> h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string message(data);
  const uint64_t bit_length = static_cast<uint64_t>(data.size()) * 8;
  message += '\x80';
  while (message.size() % 64 != 56) message += '\0';
  for (int shift = 56; shift >= 0; shift -= 8) message += static_cast<char>(bit_length >> shift);

  for (size_t chunk = 0; chunk < message.size(); chunk += 64) {
    std::array<uint32_t, 80> w{};
    for (int i = 0; i < 16; ++i) {
      for (int b = 0; b < 4; ++b) {
        w[i] = (w[i] << 8) | static_cast<uint8_t>(message[chunk + 4 * static_cast<size_t>(i) + b]);
      }
    }
    for (int i = 16; i < 80; ++i) w[i] = RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      const uint32_t t = RotateLeft(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = RotateLeft(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  std::string digest;
  for (const uint32_t word : h) {
    for (int shift = 24; shift >= 0; shift -= 8) digest += static_cast<char>(word >> shift);
  }
  return digest;
}

bool IsUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_position ? text[i] != '-' : AsciiHexValue(text[i]) < 0) return false;
  }
  return true;
}

std::string UuidV5(std::string_view namespace_uuid, std::string_view name) {
  std::string bytes;
  for (size_t i = 0; i < namespace_uuid.size(); ++i) {
    if (namespace_uuid[i] == '-') continue;
    const int high = AsciiHexValue(namespace_uuid[i]);
    const int low = i + 1 < namespace_uuid.size() ? AsciiHexValue(namespace_uuid[i + 1]) : -1;
    if (high < 0 || low < 0) return "";
    bytes += static_cast<char>(high * 16 + low);
    ++i;
  }
  if (bytes.size() != 16) return "";
  std::string digest = Sha1(bytes + std::string(name));
  digest[6] = static_cast<char>((digest[6] & 0x0F) | 0x50);  // version 5
  digest[8] = static_cast<char>((digest[8] & 0x3F) | 0x80);  // RFC variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string uuid;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) uuid += '-';
    uuid += kHex[static_cast<uint8_t>(digest[i]) >> 4];
    uuid += kHex[static_cast<uint8_t>(digest[i]) & 0xF];
  }
  return uuid;
}

}  // namespace spoken
