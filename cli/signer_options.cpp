// Loading the signing key named on the command line.
#include "signer_options.h"

#include "secret_input.h"

#include "app/token_module.h"
#include "signing/domain_adapters.h"

namespace innodesk::cli {

void AddSignerOptions(CLI::App& command, SignerOptions& options) {
    auto* p12 = command.add_option("--p12", options.p12, "PKCS#12 file (.p12/.pfx) holding the signing key");
    auto* password = command.add_option("--password-file", options.p12_password_file,
                                        "File whose first line is the PKCS#12 password");
    auto* uri = command.add_option("--pkcs11-uri", options.pkcs11_uri,
                                   "Token key as a PKCS#11 URI, e.g. pkcs11:token=...;object=...");
    auto* pin = command.add_option("--pin-file", options.pin_file, "File whose first line is the token PIN");
    auto* module =
        command.add_option("--pkcs11-module", options.pkcs11_module,
                           "PKCS#11 module of the token (default: this workstation's workstation.conf)");
    auto* trust =
        command.add_flag("--trust-module", options.trust_module,
                         "Accept the token's PKCS#11 module on its first use, after reading its path");
    p12->needs(password);
    uri->needs(pin);
    p12->excludes(uri);
    module->needs(uri);
    trust->needs(uri);
}

std::unique_ptr<domain::DecisionSigner> LoadSigner(CliContext& context, const SignerOptions& options) {
    if (!options.p12.empty()) {
        std::string password =
            ReadSecretFile(options.p12_password_file, "mật khẩu PKCS#12", "PKCS#12 password");
        return std::make_unique<signing::KeyDecisionSigner>(
            signing::LoadPkcs12(options.p12, std::move(password)));
    }
    if (!options.pkcs11_uri.empty()) {
        if (const auto ignored = app::IgnoredDatabaseModule(context.Store(), context.Clock()))
            context.err << context.Say(*ignored) << '\n';
        const auto files = app::WorkstationFilesFromEnvironment();
        auto module = app::FindTokenModule(
            files, options.pkcs11_module.empty() ? std::string()
                                                 : std::filesystem::absolute(options.pkcs11_module).string());
        const auto shown = app::DescribeTokenModule(module, options.pkcs11_uri);
        if (!module.accepted) {
            // The first use of a library on this workstation is the approver's decision, made
            // knowingly: the path and fingerprint are shown, nothing is loaded until they say so.
            if (!options.trust_module)
                throw domain::DomainError(
                    domain::ErrorCode::PermissionDenied,
                    {"Mô-đun PKCS#11 này chưa được dùng trên máy này. " + shown.vi +
                         " Kiểm tra đây đúng là phần mềm của CA đã cấp thiết bị ký, rồi chạy lại lệnh với "
                         "--trust-module.",
                     "This PKCS#11 module has not been used on this workstation. " + shown.en +
                         " Check that it is the software of the CA that issued the token, then run the "
                         "command "
                         "again with --trust-module."},
                    "trust_module");
            app::AcceptTokenModule(files, module);
            module.accepted = true;
            context.err << context.Say("Đã chấp nhận mô-đun trên máy này. ",
                                       "Module accepted on this workstation. ")
                        << context.Say(shown) << '\n';
        }
        std::string pin = ReadSecretFile(options.pin_file, "mã PIN", "PIN");
        return app::LoadTokenSigner(module, options.pkcs11_uri, std::move(pin));
    }
    throw domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Cần khóa ký: --p12 TỆP --password-file TỆP, hoặc --pkcs11-uri URI --pin-file TỆP.",
         "A signing key is needed: --p12 FILE --password-file FILE, or --pkcs11-uri URI "
         "--pin-file FILE."},
        "key");
}

}  // namespace innodesk::cli
