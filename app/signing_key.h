// Where an approver's signing key comes from, and loading it the same way in both front ends: a
// PKCS#12 file with its password, or a key on a USB token with its PIN. The token's module (each
// Vietnamese CA ships its own) is named by this workstation's files, never by the database, and its
// first use on a workstation is the approver's decision, made knowingly (token_module.h).
#pragma once

#include "domain/errors.h"
#include "domain/signature_ports.h"
#include "domain/store.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <variant>

namespace innodesk::app {

struct Pkcs12Key {
    std::filesystem::path file;
    std::string password;  // wiped once used
};

struct TokenKey {
    std::string pkcs11_uri;
    // Asked for the PIN only once the module is found and accepted: a refusal before that never
    // touches it. The PIN returned is wiped once used.
    std::function<std::string()> read_pin;
    std::string
        module;  // the approver's own choice of module, overriding the workstation's files; usually empty
};

using KeySource = std::variant<Pkcs12Key, TokenKey>;

// What only the front end can do while a key is loaded: tell the approver something and ask them.
class KeyLoadingPrompts {
public:
    virtual ~KeyLoadingPrompts() = default;
    // Something the approver should know that does not stop the signing (a module named by an old
    // database setting that is ignored).
    virtual void Notice(const domain::LocalisedText& text) = 0;
    // The first use of a module on this workstation: `shown` gives its path, where it is named and
    // its SHA-256. true accepts it (remembered for this path with these bytes); false stops.
    virtual bool AcceptModule(const domain::LocalisedText& shown) = 0;
    // The module was accepted and remembered.
    virtual void ModuleAccepted(const domain::LocalisedText& shown) = 0;
};

// Loads the key; the password or PIN is used once and wiped. nullptr when the approver declined a
// module. Throws DomainError for a wrong password or PIN (not retried), an unreadable file, an
// unsafe or missing module.
std::unique_ptr<domain::DecisionSigner> LoadSigner(domain::Store& store, const domain::Clock& clock,
                                                   KeySource source, KeyLoadingPrompts& prompts);

}  // namespace innodesk::app
