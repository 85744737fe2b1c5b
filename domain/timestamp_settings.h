// The department's timestamping authority (RFC 3161 TSA) as two settings: where to ask (tsa_url) and the CA
// its certificate chains to (tsa_ca_pem). Both decide what a signed document's signing time rests on, so they
// are signing settings: set through a proposal a second administrator confirms (four_eyes.h).
#pragma once

#include <string>

namespace innodesk::domain {

inline constexpr const char* kSettingTsaUrl = "tsa_url";       // empty: no TSA, signatures are PAdES B-B
inline constexpr const char* kSettingTsaCaPem = "tsa_ca_pem";  // PEM certificate(s) of the TSA's CA

// The longest values kept: an URL, and a few CA certificates.
inline constexpr std::size_t kMaxTsaUrlLength = 2048;
inline constexpr std::size_t kMaxTsaCaPemLength = 64 * 1024;

bool IsTimestampSetting(const std::string& key);

// Refuses (InvalidValue, naming the setting) a tsa_url that is neither empty nor http://… without spaces,
// and a tsa_ca_pem that is neither empty nor PEM certificates only (a private key must never reach the
// database). The certificates themselves are read by the front ends before proposing (signing/trust_items.h).
void CheckTimestampSetting(const std::string& key, const std::string& value);

}  // namespace innodesk::domain
