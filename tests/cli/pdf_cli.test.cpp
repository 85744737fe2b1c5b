// innodesk-cli pdf verify on PDFs signed by podofosign and pdfsig: the report, its JSON, and the exit
// codes (0 every signature valid, 1 one is not, 2 a file that is not a readable PDF).
#include "cli_fixture.h"
#include "cli_pki.h"
#include "signed_pdfs.h"
#include "test_pki.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk::testing;

TEST_CASE("pdf verify: two signatures valid then a changed page invalid and a non-PDF a usage error",
          "[cli][pdf]") {
    TempFolder folder;
    CliDatabase db(folder);
    TrustAndEnrol(db);
    // podofosign's signature carries only the signer's certificate: the intermediate comes from the
    // database's trust store, as a department's would.
    db.Ok(kAdmin, {"trust", "add", SharedTestPki().intermediate_pem});

    const auto first = PodofoSign(MakeUnsignedPdf(folder.Path()), "first", "Approver");
    const auto both = PdfsigSign(first, "both", "Seal");

    const CliResult text = db.Run(kViewer, {"pdf", "verify", both.string()});
    INFO(text.out << text.err);
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("Signature 1/2 «Approver» (adbe.pkcs7.detached)  [valid]") != std::string::npos);
    CHECK(text.out.find("Signature 2/2 «Seal» (adbe.pkcs7.detached)  [valid]") != std::string::npos);
    CHECK(text.out.find("an earlier revision of the file") != std::string::npos);
    CHECK(text.out.find("the whole file") != std::string::npos);
    CHECK(text.out.find("Valid: 2, failed: 0") != std::string::npos);

    const CliResult vietnamese = db.Run(kViewer, {"pdf", "verify", both.string()}, "vi");
    CHECK(vietnamese.out.find("Chữ ký 1/2 «Approver»") != std::string::npos);
    CHECK(vietnamese.out.find("Hợp lệ: 2, không đạt: 0") != std::string::npos);

    const auto json = nlohmann::json::parse(db.Ok(kViewer, {"--json", "pdf", "verify", both.string()}).out);
    REQUIRE(json["signatures"].size() == 2);
    CHECK(json["all_valid"] == true);
    CHECK(json["signatures"][0]["covers_whole_file"] == false);
    CHECK(json["signatures"][1]["covers_whole_file"] == true);
    CHECK(json["signatures"][1]["signer_subject"].get<std::string>().find("Hoàng Minh Dũng") !=
          std::string::npos);

    const auto changed = ChangePageContent(first, "changed");
    const CliResult modified = db.Run(kViewer, {"pdf", "verify", changed.string()});
    INFO(modified.out << modified.err);
    CHECK(modified.exit_code == 1);
    CHECK(modified.out.find("[invalid: modified_after_signing]") != std::string::npos);
    CHECK(modified.out.find("content stream") != std::string::npos);

    WriteText(folder / "not.pdf", "not a PDF at all");
    const CliResult unreadable = db.Run(kViewer, {"pdf", "verify", folder / "not.pdf"});
    CHECK(unreadable.exit_code == 2);
    CHECK(unreadable.err.find("not a PDF") != std::string::npos);
    CHECK(db.Run(kViewer, {"pdf", "verify", folder / "missing.pdf"}).exit_code == 2);
}
