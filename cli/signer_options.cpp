// Loading the signing key named on the command line.
#include "signer_options.h"

#include "secret_input.h"

#include "app/workspace.h"
#include "domain/utf8_path.h"

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

namespace {

// The command line cannot ask: a module's first use needs --trust-module, given after the approver
// has read its path and fingerprint in the refusal.
class CommandLinePrompts final : public app::KeyLoadingPrompts {
public:
    CommandLinePrompts(CliContext& context, bool trust_module)
        : m_context(context), m_trust_module(trust_module) {}

    void Notice(const domain::LocalisedText& text) override { m_context.err << m_context.Say(text) << '\n'; }

    bool AcceptModule(const domain::LocalisedText& shown) override {
        if (m_trust_module) return true;
        throw domain::DomainError(
            domain::ErrorCode::PermissionDenied,
            {"Mô-đun PKCS#11 này chưa được dùng trên máy này. " + shown.vi +
                 " Kiểm tra đây đúng là phần mềm của CA đã cấp thiết bị ký, rồi chạy lại lệnh với "
                 "--trust-module.",
             "This PKCS#11 module has not been used on this workstation. " + shown.en +
                 " Check that it is the software of the CA that issued the token, then run the command "
                 "again with --trust-module."},
            "trust_module");
    }

    void ModuleAccepted(const domain::LocalisedText& shown) override {
        m_context.err << m_context.Say("Đã chấp nhận mô-đun trên máy này. ",
                                       "Module accepted on this workstation. ")
                      << m_context.Say(shown) << '\n';
    }

private:
    CliContext& m_context;
    bool m_trust_module;
};

}  // namespace

std::unique_ptr<domain::DecisionSigner> LoadSigner(CliContext& context, const SignerOptions& options) {
    CommandLinePrompts prompts(context, options.trust_module);
    if (!options.p12.empty())
        return context.Workspace().LoadSigner(
            app::Pkcs12Key{domain::PathFromUtf8(options.p12),
                           ReadSecretFile(options.p12_password_file, "mật khẩu PKCS#12", "PKCS#12 password")},
            prompts);
    if (!options.pkcs11_uri.empty()) {
        // Read only once the module has been found and accepted.
        const auto read_pin = [&options] { return ReadSecretFile(options.pin_file, "mã PIN", "PIN"); };
        return context.Workspace().LoadSigner(
            app::TokenKey{options.pkcs11_uri, read_pin, options.pkcs11_module}, prompts);
    }
    throw domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Cần khóa ký: --p12 TỆP --password-file TỆP, hoặc --pkcs11-uri URI --pin-file TỆP.",
         "A signing key is needed: --p12 FILE --password-file FILE, or --pkcs11-uri URI "
         "--pin-file FILE."},
        "key");
}

}  // namespace innodesk::cli
