// The PKCS#11 module (the library each certificate authority ships for its USB tokens) an approver
// signs with: named by this workstation's files (app/workstation_files.h), never by the shared
// database, checked before it is loaded, and shown to the approver, who accepts it once per library.
#pragma once

#include "workstation_files.h"

#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "domain/signature_ports.h"
#include "domain/store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace innodesk::app {

struct TokenModule {
    std::string named_as;            // the path as the setting or the option wrote it
    std::filesystem::path named_in;  // the workstation file naming it; empty when given on the command line
    std::filesystem::path path;      // the real path (symbolic links resolved): the library loaded
    std::string sha256;              // of the library's bytes
    bool accepted = false;           // the user accepted this path with these bytes before
};

// The module to load: `chosen` (the approver's own --pkcs11-module) when not empty, else the system
// file's pkcs11_module, else the user file's. Every file involved (each workstation file that
// exists, the module) passes CheckProtectedFile; an unsafe system file is refused, not skipped.
// Nothing is loaded here. Throws DomainError: InvalidValue when no module is named (the sentence
// names both files and the line to write), and CheckProtectedFile's or ReadWorkstationFile's errors.
TokenModule FindTokenModule(const WorkstationFiles& files, const std::string& chosen = {});

// What the approver is shown before the first use: the module's path, where it is named and its
// SHA-256, and the token (`pkcs11_uri`) it is for.
domain::LocalisedText DescribeTokenModule(const TokenModule& module, const std::string& pkcs11_uri);

// Remembers that the user accepted `module` (its real path with its SHA-256: a library replaced
// later is asked about again) in files.accepted_modules, written whole and private (0600).
void AcceptTokenModule(const WorkstationFiles& files, const TokenModule& module);

// The key on the token, loaded through `module`, which must have been accepted (else
// DomainError(PermissionDenied)). The PIN is wiped as by signing::LoadPkcs11Key.
std::unique_ptr<domain::DecisionSigner> LoadTokenSigner(const TokenModule& module,
                                                        const std::string& pkcs11_uri, std::string pin);

// InnoDesk 0.1 kept the module in the database (setting pkcs11_module). Such a value is never
// loaded; this sentence says so, when the database still has one.
std::optional<domain::LocalisedText> IgnoredDatabaseModule(domain::Store& store, const domain::Clock& clock);

}  // namespace innodesk::app
