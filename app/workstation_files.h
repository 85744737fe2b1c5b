// The workstation's own configuration: settings that decide which code runs on this machine, and so
// must never come from the shared database (anyone who can write the database would choose them for
// every workstation). The machine's administrator writes the system file; the user's own file is
// the fallback for what the system file does not set.
//
//   system:  $INNODESK_SYSCONFDIR/workstation.conf, default /etc/innodesk/workstation.conf
//   user:    $XDG_CONFIG_HOME/innodesk/workstation.conf, default ~/.config/innodesk/workstation.conf
//
// Both are `key = value` lines; blank lines and lines starting with # are skipped. The only key is
// pkcs11_module. INNODESK_SYSCONFDIR exists for tests and for installs under another prefix; like
// XDG_CONFIG_HOME it is the environment of the person starting InnoDesk, which the database cannot set.
//
// On Windows the defaults are %ProgramData%\InnoDesk\workstation.conf (the machine's, which the
// installer protects) and %LOCALAPPDATA%\InnoDesk\workstation.conf (the user's); the variables
// above still override them.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace innodesk::app {

inline constexpr const char* kWorkstationModuleKey = "pkcs11_module";

struct WorkstationFiles {
    std::filesystem::path system_config;
    std::filesystem::path user_config;
    // The modules the user accepted ("<sha256> <path>" lines), next to the user's file.
    std::filesystem::path accepted_modules;
};

// The files of the user running InnoDesk, from the environment described above.
WorkstationFiles WorkstationFilesFromEnvironment();

// The environment variable `name` as a path when it is set and absolute; empty otherwise (a relative
// path would depend on the folder InnoDesk happened to be started in).
std::filesystem::path AbsoluteEnvironmentPath(const char* name);
// The machine administrator's folder: $INNODESK_SYSCONFDIR, default /etc/innodesk.
std::filesystem::path SystemConfigFolder();
// The user's own folder: $XDG_CONFIG_HOME/innodesk, default ~/.config/innodesk.
std::filesystem::path UserConfigFolder();

// The settings of one workstation file, which must pass CheckProtectedFile. Throws DomainError
// FileFormat naming the file and line for a line that is not `key = value`, an unknown key or a
// key given twice.
std::map<std::string, std::string> ReadWorkstationFile(const std::filesystem::path& file);

}  // namespace innodesk::app
