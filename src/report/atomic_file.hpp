// atomic_file.hpp — writing a whole file so that readers see either the old file or the complete
// new one, never half of it.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Writing straight into `path` has a window in which the file is incomplete: a crash, a full disk
// or Ctrl-C at that moment leaves a damaged model or report behind, possibly on top of a good
// one. So the text goes to a temporary file next to it, `path + ".tmp"`, and only when every byte
// is written and the file closed without error is it renamed to `path`. A rename within one
// folder replaces the target in a single step (on POSIX systems; on Windows it is MoveFileEx with
// "replace existing", which std::filesystem::rename uses). (The standard library has no way to
// flush the disk's own cache, so a power cut can still lose the newest file; it cannot leave a
// half-written one under the real name.)
#pragma once

#include <string>

namespace mlp {

// Writes `contents` (text or binary bytes) to `path` through `path + ".tmp"` and a rename.
// Throws std::runtime_error naming the path on any failure (missing folder, no permission, disk
// full); the temporary file is removed then, and an existing file at `path` stays as it was.
void write_file_atomically(const std::string& path, const std::string& contents);

}  // namespace mlp
