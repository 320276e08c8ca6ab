// Settings files (spoken.yaml, voice profiles, article front matter): YAML read into typed,
// bounded fields where it is loaded, so a bad value is refused with the file and line that
// hold it. The one module that includes yaml-cpp; no YAML type leaves it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spoken {

class SettingsValue;

/// A parsed settings document. `path` and the line numbers it reports are the file's;
/// `first_line` is the file line the text starts on (front matter starts on line 2).
class SettingsDocument {
 public:
  ~SettingsDocument();
  SettingsDocument(SettingsDocument&&) noexcept;
  SettingsDocument& operator=(SettingsDocument&&) noexcept;

  /// Parses `text`. A syntax error is `error_code` "PATH:LINE: message".
  static Result<SettingsDocument> Parse(std::string_view text, std::string path,
                                        ErrorCode error_code, int first_line = 1);

  /// Reads the regular file at `path`, at most `max_bytes`. A missing file is kNotFound;
  /// anything that is not a regular file, or is larger, is `error_code`.
  static Result<SettingsDocument> Load(const std::string& path, ErrorCode error_code,
                                       size_t max_bytes = 1 << 20);

  /// The document's text without the lines of the top-level mapping entry `key` (from its
  /// key to the next top-level key or the end). The whole text when there is no such
  /// entry, or when it cannot be cut out by lines (a flow mapping on one line).
  std::string TextWithoutTopLevelEntry(const std::string& key) const;

  /// True when the document holds nothing (empty text or a lone null).
  bool empty() const;
  const SettingsValue& root() const;

 private:
  SettingsDocument();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The fields of one mapping. Each binder names a key and the field it fills; `Read` then
/// walks the mapping once. A key that is absent or null leaves its field alone; an unknown
/// key is an error unless `IgnoreUnknownKeys` (front matter carries other tools' keys).
/// Errors name the file and line: "PATH:LINE: SECTION.KEY must be ...".
class SettingsReader {
 public:
  /// `key_prefix` goes before each key in messages ("site" gives "site.title"; "" for a
  /// document's top level); `description` names the mapping ("site", "front matter").
  SettingsReader(std::string key_prefix, std::string description);

  /// Text, trimmed of ASCII white space; an empty value leaves the field alone.
  SettingsReader& Text(const std::string& key, std::string& field);
  /// Text that `check` accepts: `check` returns "" or what the value must be
  /// ("a UUID such as ...").
  SettingsReader& Checked(const std::string& key, std::string& field,
                          std::function<std::string(std::string_view)> check);
  /// Text that `named` turns into a value of the field's type (an enum from its name);
  /// when it gives nullopt, the message says the value must be `expected`.
  template <typename T>
  SettingsReader& Named(const std::string& key, T& field,
                        std::optional<T> (*named)(std::string_view), std::string expected) {
    return Take(key, [&field, named, expected](std::string_view text) -> std::string {
      std::optional<T> value = named(text);
      if (!value) return expected;
      field = *value;
      return "";
    });
  }
  /// A finite number within [min, max]; `unit` is named in messages ("LUFS").
  SettingsReader& Number(const std::string& key, double& field, double min, double max,
                         std::string unit);
  /// A whole number within [min, max].
  SettingsReader& Integer(const std::string& key, int& field, int min, int max, std::string unit);
  SettingsReader& Flag(const std::string& key, bool& field);
  /// One text or a list of texts, each non-empty.
  SettingsReader& TextList(const std::string& key, std::vector<std::string>& field);
  /// A nested mapping read by `nested`, which must outlive this reader's `Read`.
  SettingsReader& Section(const std::string& key, const SettingsReader& nested);
  SettingsReader& IgnoreUnknownKeys();

  /// Reads `value` (a mapping, or null for "nothing set") into the bound fields.
  /// `error_code` is the code of every error (kConfig for configuration files).
  Status Read(const SettingsValue& value, ErrorCode error_code) const;

 private:
  using Binder = std::function<Status(const SettingsValue&, ErrorCode)>;
  SettingsReader& Bind(const std::string& key, Binder binder);
  // Text (trimmed; empty leaves the field alone) that `take` stores, returning "", or
  // refuses, returning what the value must be.
  SettingsReader& Take(const std::string& key, std::function<std::string(std::string_view)> take);

  std::string Name(const std::string& key) const;

  std::string key_prefix_;
  std::string description_;
  std::vector<std::pair<std::string, Binder>> fields_;
  bool ignore_unknown_keys_ = false;
};

}  // namespace spoken
