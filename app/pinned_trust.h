// The root certificates this workstation trusts, read from folders outside the database: whoever can
// write the database (its trust table, an enrolment) must not be able to choose what a signature
// chains to. The database may only carry intermediate CAs and CRLs (app/database_verifier.h).
//
//   machine: $INNODESK_TRUST_DIR, else $INNODESK_SYSCONFDIR/trust, default /etc/innodesk/trust
//            (the machine's administrator; the packages create it, owned by root)
//   shipped: PREFIX/share/innodesk/trust (the package's defaults), else the source tree's data/trust
//   user:    $XDG_CONFIG_HOME/innodesk/trust, default ~/.config/innodesk/trust (the user's own pins,
//            where a demo database's root goes); not read when INNODESK_TRUST_DIR is set
//
// Each folder's *.pem and *.crt files are read (not its sub-folders). INNODESK_TRUST_DIR is for tests
// and portable installs: it names the one folder of pins besides the shipped defaults. Like
// INNODESK_SYSCONFDIR it is the environment of the person starting InnoDesk, which the database cannot
// set.
#pragma once

#include "domain/errors.h"

#include <filesystem>
#include <string>
#include <vector>

namespace innodesk::app {

// Override: the folder INNODESK_TRUST_DIR names, in place of the machine's and the user's.
enum class AnchorSource { Machine, Shipped, User, Override };

struct AnchorFolder {
    std::filesystem::path path;
    AnchorSource source = AnchorSource::Machine;
};

// The folders above, in that order, from the environment.
std::vector<AnchorFolder> AnchorFolders();
// The machine's folder, where an administrator pins a root.
std::filesystem::path MachineAnchorFolder();
// Where this user's own pins go (a demo root): INNODESK_TRUST_DIR when set, else the user folder.
std::filesystem::path UserAnchorFolder();

// "quản trị viên của máy" / "the machine's administrator", for lists and reports.
domain::LocalisedText AnchorSourceName(AnchorSource source);

struct PinnedAnchor {
    std::string subject;      // RFC 2253, UTF-8
    std::string fingerprint;  // lower-case hex SHA-256 of the DER
    std::string pem;          // this one certificate
    std::filesystem::path file;
    AnchorSource source = AnchorSource::Machine;
};

// A file in a pin folder that was not used, and why (not PEM, not a CA certificate, unreadable).
struct RefusedAnchorFile {
    std::filesystem::path file;
    domain::LocalisedText why;
};

struct PinnedAnchors {
    std::vector<PinnedAnchor> anchors;  // a certificate pinned in two folders is listed once, first source
    std::vector<RefusedAnchorFile> refused;
};

// Reads every folder; a folder that does not exist holds nothing. Never throws for a bad file: it is
// listed in `refused` and the others are still used.
PinnedAnchors ReadPinnedAnchors();

// The sentence saying how a root becomes trusted on this workstation, naming the machine's folder.
domain::LocalisedText WhereToPin();

// Writes `pem` (one root certificate) into UserAnchorFolder() as `file_name`, creating the folder
// (mode 0700). Returns the file written. Throws DomainError(Storage) naming the file.
std::filesystem::path PinForThisUser(const std::string& pem, const std::string& file_name);

}  // namespace innodesk::app
