// Where the program's shipped data lives: under the install prefix when installed (found from the
// running executable, so a package built for /usr or a copy under /opt both work), else in the
// source and build trees the program was built from.
#pragma once

#include <filesystem>

namespace innodesk::app {

// `prefix_relative` (e.g. "share/innodesk/plans") under the prefix `executable` is installed in
// (…/bin/innodesk → …/), if that folder exists; else `fallback`.
std::filesystem::path InstalledOrFallback(const std::filesystem::path& executable,
                                          const std::filesystem::path& prefix_relative,
                                          const std::filesystem::path& fallback);

// The running program, from /proc/self/exe; empty if it cannot be read.
std::filesystem::path RunningExecutable();

// The plan files (data/plans/*.yaml): PREFIX/share/innodesk/plans, else the source tree's data/plans.
std::filesystem::path PlansDirectory();

// The common-password list (data/passwords/common-passwords.txt): PREFIX/share/innodesk/passwords,
// else the source tree's data/passwords.
std::filesystem::path PasswordsDirectory();

// The gettext catalogs (vi/LC_MESSAGES/innodesk.mo): PREFIX/share/locale, else the build tree's
// gui/locale where the build compiles them.
std::filesystem::path LocaleDirectory();

// The user manual, one folder per language (vi/index.html, en/index.html), its screenshots in
// ../screenshots beside it: PREFIX/share/innodesk/manual, else the source tree's docs/manual.
std::filesystem::path ManualDirectory();

}  // namespace innodesk::app
