// The test PKI handed to innodesk-cli.
#include "cli_pki.h"

#include <nlohmann/json.hpp>

namespace innodesk::testing {

std::vector<std::string> P12Options(const TestSigner& signer) {
    return {"--p12", signer.p12, "--password-file", SharedTestPki().password_file};
}

void TrustAndEnrol(const CliDatabase& db) {
    const TestPki& pki = SharedTestPki();
    // The root is pinned on the workstation, where trust comes from; the copy in the database's
    // trust store is only a help, as a department's would be.
    PinSharedTestRoot();
    db.Ok(kAdmin, {"trust", "add", pki.root_pem});
    db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", pki.signer.certificate_pem});
    db.Ok(kAdmin, {"user", "bind-cert", kSecondApprover, "--cert", pki.second_signer.certificate_pem});
}

void PrepareSigning(const CliDatabase& db) {
    TrustAndEnrol(db);
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2025", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2025", "--content",
                     "consulting", "--amount", "900.000.000"});
}

std::string DraftApproval(const CliDatabase& db, const std::string& number, const std::string& amount,
                          const std::string& signer_name) {
    const auto created = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", "0300588569", "--programme",
                         "KH-DMST", "--year", "2025", "--content", "consulting", "--title",
                         "Thuê tư vấn " + (number.empty() ? std::string("không số") : number), "--requested",
                         "100.000.000"})
            .out);
    const std::string application = std::to_string(created["id"].get<long long>());
    for (const char* step : {"submit", "review", "recommend"})
        db.Ok(kOfficer, {"application", step, application});
    const auto draft = nlohmann::json::parse(
        db.Ok(kOfficer, Joined({"--json", "decision", "draft", application, "--kind", "approval", "--amount",
                                amount, "--date", "20/06/2025", "--legal-basis", "Quyết định 12/2025/QĐ-UBND",
                                "--signer-name", signer_name},
                               // No number: the records clerk gives it at issue.
                               number.empty() ? std::vector<std::string>{}
                                              : std::vector<std::string>{"--number", number}))
            .out);
    return std::to_string(draft["id"].get<long long>());
}

}  // namespace innodesk::testing
