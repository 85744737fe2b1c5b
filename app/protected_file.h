// Whether a file that decides which code InnoDesk runs (a PKCS#11 module, the workstation file naming
// it) can be changed only by the machine's administrator or the user running InnoDesk.
#pragma once

#include "domain/errors.h"

#include <filesystem>
#include <string>

namespace innodesk::app {

// Returns the file's real path (symbolic links resolved): the file to read or load, so that what was
// checked is what is used. Refused, with a sentence naming the file or folder and the reason:
//   InvalidValue      the path is not absolute (a bare name would be searched for by the loader);
//   NotFound          the file does not exist;
//   PermissionDenied  it is not a regular file; it, or a folder on its path or on the path of a
//                     symbolic link leading to it, is owned by a user other than root or the one
//                     running InnoDesk, or may be written by its group or by others (the sticky /tmp
//                     included: anyone may put a file there).
// `what` names the file in the sentences ("mô-đun PKCS#11" / "PKCS#11 module"); `field` is the
// error's field.
std::filesystem::path CheckProtectedFile(const std::filesystem::path& file, const domain::LocalisedText& what,
                                         const std::string& field);

}  // namespace innodesk::app
