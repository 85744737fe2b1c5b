// Loading an approver's key from a PKCS#12 file or a token.
#include "signing_key.h"

#include "token_module.h"

#include "domain/utf8_path.h"
#include "signing/domain_adapters.h"
#include "signing/secret_wipe.h"
#include "signing/signing.h"

namespace innodesk::app {
namespace {

std::unique_ptr<domain::DecisionSigner> LoadFromFile(Pkcs12Key& key) {
    return std::make_unique<signing::KeyDecisionSigner>(
        signing::LoadPkcs12(key.file, std::move(key.password)));
}

std::unique_ptr<domain::DecisionSigner> LoadFromToken(domain::Store& store, const domain::Clock& clock,
                                                      TokenKey& key, KeyLoadingPrompts& prompts) {
    if (const auto ignored = IgnoredDatabaseModule(store, clock)) prompts.Notice(*ignored);
    const auto files = WorkstationFilesFromEnvironment();
    auto module = FindTokenModule(
        files, key.module.empty() ? std::string() : domain::Utf8Of(std::filesystem::absolute(key.module)));
    if (!module.accepted) {
        const auto shown = DescribeTokenModule(module, key.pkcs11_uri);
        if (!prompts.AcceptModule(shown)) return nullptr;
        AcceptTokenModule(files, module);
        module.accepted = true;
        prompts.ModuleAccepted(shown);
    }
    return LoadTokenSigner(module, key.pkcs11_uri, key.read_pin());
}

}  // namespace

std::unique_ptr<domain::DecisionSigner> LoadSigner(domain::Store& store, const domain::Clock& clock,
                                                   KeySource source, KeyLoadingPrompts& prompts) {
    if (auto* file = std::get_if<Pkcs12Key>(&source)) {
        const signing::SecretWiper wiper(file->password);  // whatever way this is left
        return LoadFromFile(*file);
    }
    return LoadFromToken(store, clock, std::get<TokenKey>(source), prompts);
}

}  // namespace innodesk::app
