// Loading the signing key named on the command line.
#include "signer_options.h"

#include "secret_input.h"

#include "domain/trust_service.h"
#include "signing/domain_adapters.h"
#include "signing/pkcs11_key.h"

namespace innodesk::cli {

void AddSignerOptions(CLI::App& command, SignerOptions& options) {
    auto* p12 = command.add_option("--p12", options.p12, "PKCS#12 file (.p12/.pfx) holding the signing key");
    auto* password = command.add_option("--password-file", options.p12_password_file,
                                        "File whose first line is the PKCS#12 password");
    auto* uri = command.add_option("--pkcs11-uri", options.pkcs11_uri,
                                   "Token key as a PKCS#11 URI, e.g. pkcs11:token=...;object=...");
    auto* pin = command.add_option("--pin-file", options.pin_file, "File whose first line is the token PIN");
    command.add_option("--pkcs11-module", options.pkcs11_module,
                       "PKCS#11 module of the token (default: the administrator's setting)");
    p12->needs(password);
    uri->needs(pin);
    p12->excludes(uri);
}

std::unique_ptr<domain::DecisionSigner> LoadSigner(CliContext& context, const SignerOptions& options) {
    if (!options.p12.empty()) {
        std::string password = ReadSecretFile(options.p12_password_file, "mật khẩu PKCS#12", "PKCS#12 password");
        return std::make_unique<signing::KeyDecisionSigner>(signing::LoadPkcs12(options.p12, std::move(password)));
    }
    if (!options.pkcs11_uri.empty()) {
        std::string module = options.pkcs11_module;
        if (module.empty())
            module = domain::TrustService(context.Store(), context.Clock())
                         .Setting(domain::kSettingPkcs11Module)
                         .value_or(std::string());
        if (module.empty())
            throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                      {"Chưa cài đặt mô-đun PKCS#11 của thiết bị ký: quản trị viên đặt bằng "
                                       "'innodesk-cli setting set pkcs11_module ĐƯỜNG_DẪN', hoặc dùng --pkcs11-module.",
                                       "No PKCS#11 module is set for the signing token: an administrator sets it with "
                                       "'innodesk-cli setting set pkcs11_module PATH', or use --pkcs11-module."},
                                      "pkcs11_module");
        std::string pin = ReadSecretFile(options.pin_file, "mã PIN", "PIN");
        return std::make_unique<signing::KeyDecisionSigner>(
            signing::LoadPkcs11Key(module, options.pkcs11_uri, std::move(pin)));
    }
    throw domain::DomainError(domain::ErrorCode::InvalidValue,
                              {"Cần khóa ký: --p12 TỆP --password-file TỆP, hoặc --pkcs11-uri URI --pin-file TỆP.",
                               "A signing key is needed: --p12 FILE --password-file FILE, or --pkcs11-uri URI "
                               "--pin-file FILE."},
                              "key");
}

}  // namespace innodesk::cli
