// Overwriting a password or PIN in memory once it has been used, in a way the compiler may not
// remove (OPENSSL_cleanse), for the layers above signing that hold secrets briefly.
#pragma once

#include <string>

namespace innodesk::signing {

// Overwrites every byte of `secret`'s buffer (its capacity, not only its size) and empties it.
void WipeSecret(std::string& secret);

}  // namespace innodesk::signing
