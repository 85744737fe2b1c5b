// Signing keys on PKCS#11 tokens (the USB tokens Vietnamese certificate authorities issue), through libp11.
#pragma once

#include "signing/signing.h"

#include <filesystem>
#include <memory>
#include <string>

namespace innodesk::signing {

// Opens the token through `module_path` (the CA's PKCS#11 library: a .so or .dll each CA ships for its
// own tokens), logs in once with `pin`, and returns the private key named by `pkcs11_uri` (RFC 7512,
// e.g. "pkcs11:token=VNPT-CA;id=%01" or "pkcs11:token=Nguyen%20Van%20An;object=Signature;type=private")
// with its certificate, found on the token by the key's CKA_ID (or, failing that, by its public key), and
// the intermediate certificates the token holds above it. The result is used with SignDetached like a
// PKCS#12 key; every signature is made by the token.
//
// The PIN is wiped before returning or throwing. libp11 keeps its own copy while the key lives (to log in
// again after a fork) and wipes it when the key is destroyed.
//
// The login is tried exactly once: a refused PIN is never retried, since tokens lock after a few wrong
// PINs in a row. A module serves one live key at a time (PKCS#11 keeps one login state per process);
// destroy the key to load another from the same module.
//
// Throws DomainError:
//   InvalidValue     the URI is not valid (see ParsePkcs11Uri), the PIN has a NUL character, the token
//                    refused the PIN (field "pin"; the message says it is not retried), several tokens
//                    or several keys match the URI;
//   NotFound         the module file does not exist (the message names the path and says each CA ships
//                    its own module), no token matching the URI is plugged in, no private key matches,
//                    no certificate on the token belongs to the key;
//   FileFormat       the file is not a PKCS#11 module, or the module failed to start;
//   PermissionDenied the PIN is locked or expired: only the CA's tool can unlock or change it;
//   Conflict         a key from the same module is still alive;
//   Storage          the token failed (removed during the operation, a device error).
std::unique_ptr<SigningKey> LoadPkcs11Key(const std::filesystem::path& module_path,
                                          const std::string& pkcs11_uri, std::string pin);

}  // namespace innodesk::signing
