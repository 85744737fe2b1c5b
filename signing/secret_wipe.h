// Overwriting a password or PIN in memory once it has been used, in a way the compiler may not
// remove (OPENSSL_cleanse), for the layers above signing that hold secrets briefly.
#pragma once

#include <string>

namespace innodesk::signing {

// Overwrites every byte of `secret`'s buffer (its capacity, not only its size) and empties it.
void WipeSecret(std::string& secret);

// Wipes a secret when it goes out of scope, whichever way the scope is left.
class SecretWiper {
public:
    explicit SecretWiper(std::string& secret) : m_secret(secret) {}
    ~SecretWiper() { WipeSecret(m_secret); }
    SecretWiper(const SecretWiper&) = delete;
    SecretWiper& operator=(const SecretWiper&) = delete;

private:
    std::string& m_secret;
};

}  // namespace innodesk::signing
