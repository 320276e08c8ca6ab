#include "settings/settings_reader.h"

#include <sys/stat.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <system_error>

namespace spoken {

// A node with what its messages need: the file and where the document starts in it.
class SettingsValue {
 public:
  SettingsValue(YAML::Node node, const std::string* path, int first_line)
      : node_(std::move(node)), path_(path), first_line_(first_line) {}

  const YAML::Node& node() const { return node_; }
  SettingsValue Child(const YAML::Node& node) const { return {node, path_, first_line_}; }

  /// "PATH:LINE: " of this node (the document's first line when yaml-cpp knows none).
  std::string Where() const { return WhereMark(node_.Mark()); }
  std::string WhereMark(const YAML::Mark& mark) const {
    const int line = mark.is_null() ? first_line_ : mark.line + first_line_;
    return *path_ + ":" + std::to_string(line) + ": ";
  }

 private:
  YAML::Node node_;
  const std::string* path_;  // owned by the SettingsDocument
  int first_line_;
};

struct SettingsDocument::Impl {
  std::string path;
  std::string text;
  int first_line = 1;
  std::unique_ptr<SettingsValue> root;
};

namespace {

bool Absent(const YAML::Node& node) { return !node || node.IsNull(); }

std::string_view Trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

std::string FormatNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace

SettingsDocument::SettingsDocument() : impl_(std::make_unique<Impl>()) {}
SettingsDocument::~SettingsDocument() = default;
SettingsDocument::SettingsDocument(SettingsDocument&&) noexcept = default;
SettingsDocument& SettingsDocument::operator=(SettingsDocument&&) noexcept = default;

Result<SettingsDocument> SettingsDocument::Parse(std::string_view text, std::string path,
                                                 ErrorCode error_code, int first_line) {
  SettingsDocument document;
  document.impl_->path = std::move(path);
  document.impl_->first_line = first_line;
  document.impl_->text = text;
  try {
    document.impl_->root = std::make_unique<SettingsValue>(YAML::Load(std::string(text)),
                                                           &document.impl_->path, first_line);
  } catch (const YAML::Exception& e) {
    const SettingsValue where(YAML::Node(), &document.impl_->path, first_line);
    return Error{error_code, where.WhereMark(e.mark) + e.msg};
  }
  return document;
}

Result<SettingsDocument> SettingsDocument::Load(const std::string& path, ErrorCode error_code,
                                                size_t max_bytes) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return NotFound(path + ": no such file");
    return Error{error_code, path + ": " + std::generic_category().message(errno)};
  }
  if (!S_ISREG(info.st_mode)) return Error{error_code, path + ": not a regular file"};
  if (static_cast<size_t>(info.st_size) > max_bytes) {
    return Error{error_code, path + ": larger than " + std::to_string(max_bytes) + " bytes"};
  }
  std::ifstream in(path, std::ios::binary);
  std::string text(static_cast<size_t>(info.st_size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    return Error{error_code, path + ": cannot read"};
  }
  return Parse(text, path, error_code);
}

std::string SettingsDocument::TextWithoutTopLevelEntry(const std::string& key) const {
  const YAML::Node& root = impl_->root->node();
  const std::string& text = impl_->text;
  if (!root.IsMap()) return text;
  int first = -1, next = -1;  // 0-based lines of the entry's key and of the key after it
  for (auto entry = root.begin(); entry != root.end(); ++entry) {
    if (first >= 0) {
      next = entry->first.Mark().line;
      break;
    }
    if (entry->first.IsScalar() && entry->first.Scalar() == key) first = entry->first.Mark().line;
  }
  if (first < 0 || next == first) return text;
  // Byte offsets of the start of line `first` and of line `next` (or the end).
  size_t from = 0, to = text.size();
  int line = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '\n') continue;
    ++line;
    if (line == first) from = at + 1;
    if (line == next) {
      to = at + 1;
      break;
    }
  }
  return text.substr(0, from) + text.substr(to);
}

bool SettingsDocument::empty() const { return Absent(impl_->root->node()); }
const SettingsValue& SettingsDocument::root() const { return *impl_->root; }

SettingsReader::SettingsReader(std::string key_prefix, std::string description)
    : key_prefix_(std::move(key_prefix)), description_(std::move(description)) {}

std::string SettingsReader::Name(const std::string& key) const {
  return key_prefix_.empty() ? key : key_prefix_ + "." + key;
}

SettingsReader& SettingsReader::Bind(const std::string& key, Binder binder) {
  fields_.emplace_back(key, std::move(binder));
  return *this;
}

SettingsReader& SettingsReader::IgnoreUnknownKeys() {
  ignore_unknown_keys_ = true;
  return *this;
}

SettingsReader& SettingsReader::Take(const std::string& key,
                                     std::function<std::string(std::string_view)> take) {
  const std::string name = Name(key);
  return Bind(key,
              [name, take = std::move(take)](const SettingsValue& value, ErrorCode code) -> Status {
                if (!value.node().IsScalar())
                  return Error{code, value.Where() + name + " must be text"};
                const std::string_view text = Trim(value.node().Scalar());
                if (text.empty()) return Status::Ok();
                if (std::string expected = take(text); !expected.empty()) {
                  return Error{code, value.Where() + name + " must be " + expected + ", got \"" +
                                         std::string(text) + "\""};
                }
                return Status::Ok();
              });
}

SettingsReader& SettingsReader::Checked(const std::string& key, std::string& field,
                                        std::function<std::string(std::string_view)> check) {
  return Take(key, [&field, check = std::move(check)](std::string_view text) -> std::string {
    if (check) {
      if (std::string expected = check(text); !expected.empty()) return expected;
    }
    field = std::string(text);
    return "";
  });
}

SettingsReader& SettingsReader::Text(const std::string& key, std::string& field) {
  return Checked(key, field, nullptr);
}

SettingsReader& SettingsReader::Number(const std::string& key, double& field, double min,
                                       double max, std::string unit) {
  const std::string name = Name(key);
  return Bind(
      key, [&field, name, min, max, unit](const SettingsValue& value, ErrorCode code) -> Status {
        const std::string range = "a number from " + FormatNumber(min) + " to " +
                                  FormatNumber(max) + (unit.empty() ? "" : " " + unit);
        double number = 0;
        // yaml-cpp reads ".nan" and ".inf" as numbers: the range check below refuses them.
        if (!value.node().IsScalar() || !YAML::convert<double>::decode(value.node(), number) ||
            !std::isfinite(number) || number < min || number > max) {
          return Error{code, value.Where() + name + " must be " + range};
        }
        field = number;
        return Status::Ok();
      });
}

SettingsReader& SettingsReader::Integer(const std::string& key, int& field, int min, int max,
                                        std::string unit) {
  const std::string name = Name(key);
  return Bind(
      key, [&field, name, min, max, unit](const SettingsValue& value, ErrorCode code) -> Status {
        const std::string range = "a whole number from " + std::to_string(min) + " to " +
                                  std::to_string(max) + (unit.empty() ? "" : " " + unit);
        long long number = 0;
        if (!value.node().IsScalar())
          return Error{code, value.Where() + name + " must be " + range};
        const std::string_view text = Trim(value.node().Scalar());
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (error != std::errc() || end != text.data() + text.size() || number < min ||
            number > max) {
          return Error{code, value.Where() + name + " must be " + range};
        }
        field = static_cast<int>(number);
        return Status::Ok();
      });
}

SettingsReader& SettingsReader::Flag(const std::string& key, bool& field) {
  const std::string name = Name(key);
  return Bind(key, [&field, name](const SettingsValue& value, ErrorCode code) -> Status {
    bool flag = false;
    if (!value.node().IsScalar() || !YAML::convert<bool>::decode(value.node(), flag)) {
      return Error{code, value.Where() + name + " must be true or false"};
    }
    field = flag;
    return Status::Ok();
  });
}

SettingsReader& SettingsReader::TextList(const std::string& key, std::vector<std::string>& field) {
  const std::string name = Name(key);
  return Bind(key, [&field, name](const SettingsValue& value, ErrorCode code) -> Status {
    std::vector<std::string> texts;
    auto add = [&](const SettingsValue& entry) -> Status {
      const std::string_view text =
          entry.node().IsScalar() ? Trim(entry.node().Scalar()) : std::string_view();
      if (text.empty())
        return Error{code, entry.Where() + "each entry of " + name + " must be text"};
      texts.emplace_back(text);
      return Status::Ok();
    };
    if (value.node().IsMap()) {
      return Error{code, value.Where() + name + " must be a list of texts"};
    }
    if (value.node().IsSequence()) {
      for (const YAML::Node& entry : value.node()) {
        if (Status status = add(value.Child(entry)); !status.ok()) return status;
      }
    } else if (Status status = add(value); !status.ok()) {
      return status;
    }
    field = std::move(texts);
    return Status::Ok();
  });
}

SettingsReader& SettingsReader::Section(const std::string& key, const SettingsReader& nested) {
  return Bind(key, [&nested](const SettingsValue& value, ErrorCode code) {
    return nested.Read(value, code);
  });
}

Status SettingsReader::Read(const SettingsValue& value, ErrorCode error_code) const {
  const YAML::Node& map = value.node();
  if (Absent(map)) return Status::Ok();
  if (!map.IsMap()) return Error{error_code, value.Where() + description_ + " must be a mapping"};
  for (const auto& entry : map) {
    const SettingsValue key_value = value.Child(entry.first);
    if (!entry.first.IsScalar()) {
      return Error{error_code, key_value.Where() + "a key in " + description_ + " must be a name"};
    }
    const std::string& key = entry.first.Scalar();
    const auto field = std::find_if(fields_.begin(), fields_.end(),
                                    [&key](const auto& bound) { return bound.first == key; });
    if (field == fields_.end()) {
      if (ignore_unknown_keys_) continue;
      return Error{error_code, key_value.Where() + "unknown key '" + key + "' in " + description_};
    }
    if (Absent(entry.second)) continue;
    if (Status status = field->second(value.Child(entry.second), error_code); !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

}  // namespace spoken
