// spoken audit: checks a built edition against its manifest, for accessibility reviewers.
#pragma once

#include <string>
#include <vector>

#include "audio/master.h"
#include "core/result.h"

namespace spoken {

struct AuditCheck {
  std::string name;  // e.g. "loudness"
  bool passed = true;
  std::string detail;  // what was measured or what is wrong
};

struct EditionAudit {
  std::string slug;
  std::vector<AuditCheck> checks;
  std::vector<std::string> notes;  // information, not checks: pronunciation hints used
  bool passed() const;
};

/// Checks OUT/SLUG: every file the manifest names exists (the MP3 with the size it claims);
/// the source it was built from is unchanged; every file has the SHA-256 the manifest
/// recorded at build time; sections cover the audio without gaps and every sentence lies
/// inside its section, in order; every sentence has its caption cue and its place in the
/// transcript page with the manifest's text, and appears in the .txt in order; the JSON
/// chapters are the manifest's sections (edition_contents_audit.h); the decoded MP3 is as long as
/// the manifest says, within 1 LU of `targets.target_lufs` and its true peak at or under -1 dBTP;
/// the EPUB agrees with the manifest (pipeline/epub_audit.h). Fails only when the edition cannot be
/// read at all (no manifest).
Result<EditionAudit> AuditEdition(const std::string& edition_dir, const MasterConfig& targets);

}  // namespace spoken
