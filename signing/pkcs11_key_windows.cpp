// LoadPkcs11Key on Windows: refused. Token drivers on Windows register the officer's certificate in
// the Windows certificate store rather than offering a PKCS#11 module to load, and libp11 (through
// which the Linux build talks PKCS#11) is not part of the Windows build.
#include "signing/pkcs11_key.h"

#include "domain/errors.h"

#include <algorithm>

namespace innodesk::signing {

std::unique_ptr<SigningKey> LoadPkcs11Key(const std::filesystem::path&, const std::string&, std::string pin) {
    std::fill(pin.begin(), pin.end(), '\0');
    throw domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Bản InnoDesk cho Windows không ký bằng mô-đun PKCS#11. Hãy ký bằng tệp chứng thư số PKCS#12 "
         "(.p12 hoặc .pfx).",
         "InnoDesk for Windows does not sign through PKCS#11 modules. Sign with a PKCS#12 certificate "
         "file (.p12 or .pfx)."},
        "module");
}

}  // namespace innodesk::signing
