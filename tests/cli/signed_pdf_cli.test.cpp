// A decision's signed PDF through innodesk-cli, as agencies issue it (issue 20): the approver signs
// the document with its number and date blank, the records clerk fills them in and seals it with the
// organisation certificate; poppler's pdfsig finds both signatures valid and trusted, poppler's
// pdfdetach reads the record attached, and a changed byte or a later change of the page fails.
#include "cli_fixture.h"
#include "cli_pki.h"
#include "pinned_roots.h"
#include "signed_pdfs.h"
#include "test_tools.h"
#include "test_tsa.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace innodesk::testing;

namespace {

std::string ReadFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

int Count(const std::string& text, const std::string& what) {
    int count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

std::string PdfText(const std::filesystem::path& pdf) {
    std::string text;
    REQUIRE(RunShell(RequireTool(Tool::Pdftotext) + " -enc UTF-8 " + ShellQuoted(pdf.string()) + " -",
                     &text) == 0);
    return text;
}

// A recommended application, an approval drafted over it without a number, signed by the approver.
std::string SignedDraft(const CliDatabase& db) {
    PrepareSigning(db);
    const std::string decision = DraftApproval(db, "");
    db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
    return decision;
}

}  // namespace

TEST_CASE("The approver's PDF and the clerk's sealed PDF of a decision are valid and trusted for pdfsig",
          "[cli][signing][pdf]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();
    const std::string decision = SignedDraft(db);

    // The approver's stage: one signature, the number and date still blank.
    const auto approver_pdf = folder.Path() / "approver.pdf";
    db.Ok(kViewer, {"decision", "pdf", decision, "--stage", "approver", "--out", approver_pdf.string()});
    const std::string approver_report = PdfsigReport(approver_pdf);
    INFO(approver_report);
    CHECK(Count(approver_report, "Signature is Valid.") == 1);
    CHECK(Count(approver_report, "Certificate is Trusted.") == 1);
    CHECK_THAT(approver_report, Catch::Contains("ETSI.CAdES.detached"));
    CHECK_THAT(PdfText(approver_pdf),
               !Catch::Contains("QĐ-SKHCN\n") && Catch::Contains("Ký bởi: Phó Giám đốc Lê Thị Châu"));
    const auto not_yet = db.Run(kViewer, {"decision", "pdf", decision, "--stage", "issued", "--out",
                                          (folder.Path() / "none.pdf").string()});
    CHECK(not_yet.exit_code == 1);
    CHECK_THAT(not_yet.err, Catch::Contains("has no signed PDF at stage issued"));

    // The clerk issues it under the register's first number, sealed by the organisation (here the
    // test PKI's second signer stands for the department's certificate).
    db.Ok(kAdmin, {"setting", "set", "decision_symbol", "QĐ-SKHCN"});
    db.Ok(kAdmin, {"user", "set-role", kViewer, "clerk"});
    db.Ok(kAdmin, {"organisation-certificate", "enrol", pki.second_signer.certificate_pem});
    db.Ok(kViewer, Joined({"decision", "issue", decision, "--next"}, P12Options(pki.second_signer)));
    const auto issued_pdf = folder.Path() / "issued.pdf";
    db.Ok(kViewer, {"decision", "pdf", decision, "--out", issued_pdf.string()});
    const std::string approver_bytes = ReadFile(approver_pdf);
    const std::string issued_bytes = ReadFile(issued_pdf);
    // Incremental updates: the approver's document is the exact beginning of the issued one.
    CHECK(issued_bytes.compare(0, approver_bytes.size(), approver_bytes) == 0);

    const std::string report = PdfsigReport(issued_pdf);
    INFO(report);
    CHECK(Count(report, "Signature is Valid.") == 2);
    CHECK(Count(report, "Certificate is Trusted.") == 2);
    CHECK_THAT(report, Catch::Contains("Lê Thị Châu") && Catch::Contains("Hoàng Minh Dũng"));
    // The date as Decree 30 writes it: "ngày 07 tháng 12 năm 2026" (a zero before days below 10 and
    // months 1 and 2 only).
    const std::string issued_on = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "decision", "show", decision}).out)["issue"]["issued_on"];
    REQUIRE(issued_on.size() == 10);
    const int month = std::stoi(issued_on.substr(3, 2));
    const std::string dated = "ngày " + issued_on.substr(0, 2) + " tháng " +
                              (month <= 2 ? issued_on.substr(3, 2) : std::to_string(month)) + " năm " +
                              issued_on.substr(6, 4);
    const std::string text = PdfText(issued_pdf);
    CHECK_THAT(text, Catch::Contains("Số: 01/QĐ-SKHCN") && Catch::Contains(dated) &&
                         Catch::Contains("Ký bởi: Hoàng Minh Dũng"));

    // InnoDesk's own check, against the stored record.
    const auto verified = db.Run(kViewer, {"pdf", "verify", issued_pdf.string(), "--decision", decision});
    INFO(verified.out << verified.err);
    CHECK(verified.exit_code == 0);
    CHECK_THAT(verified.out,
               Catch::Contains("byte for byte, the document the clerk issued") &&
                   Catch::Contains("The attached record (decision.json) is the decision's record") &&
                   Catch::Contains("is the one the clerk registered"));

    // The record attached is the one `decision export` writes, read by poppler's pdfdetach.
    const auto exported = folder.Path() / "export";
    db.Ok(kViewer, {"decision", "export", decision, "--out", exported.string()});
    CHECK(ReadFile(exported / "decision-signed.pdf") == issued_bytes);
    const auto detached = folder.Path() / "detached";
    std::filesystem::create_directories(detached);
    REQUIRE(RunShell(RequireTool(Tool::Pdfdetach) + " -saveall -o " + ShellQuoted(detached.string()) + " " +
                     ShellQuoted(issued_pdf.string())) == 0);
    CHECK(ReadFile(detached / "decision.json") == ReadFile(exported / "decision.json"));
    CHECK(ReadFile(detached / "decision.p7s") == ReadFile(exported / "decision.p7s"));
}

TEST_CASE("A changed byte or a later change of the page makes the issued PDF fail, for pdfsig and InnoDesk",
          "[cli][signing][pdf]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();
    const std::string decision = SignedDraft(db);
    db.Ok(kAdmin, {"user", "set-role", kViewer, "clerk"});
    db.Ok(kAdmin, {"organisation-certificate", "enrol", pki.second_signer.certificate_pem});
    db.Ok(kViewer, Joined({"decision", "issue", decision, "--next"}, P12Options(pki.second_signer)));
    const auto issued_pdf = folder.Path() / "issued.pdf";
    db.Ok(kViewer, {"decision", "pdf", decision, "--out", issued_pdf.string()});
    const std::string bytes = ReadFile(issued_pdf);

    // One byte of the signed document changed: a letter of the producer cairo wrote into the first
    // revision, which both signatures cover.
    std::string changed = bytes;
    const auto producer = changed.find("(cairo ");
    REQUIRE(producer != std::string::npos);
    REQUIRE(producer < changed.find("/ByteRange"));
    changed[producer + 1] = 'C';
    const auto one_byte = folder.Path() / "one-byte.pdf";
    WriteFile(one_byte, changed);
    CHECK_THAT(PdfsigReport(one_byte), Catch::Contains("Digest Mismatch"));
    const auto ours = db.Run(kViewer, {"pdf", "verify", one_byte.string(), "--decision", decision});
    CHECK(ours.exit_code == 1);
    CHECK_THAT(ours.out, Catch::Contains("[invalid: content_changed]") &&
                             Catch::Contains("is not a document InnoDesk stored"));

    // A later revision that changes the page's content: InnoDesk names it; pdfsig only says that the
    // signatures no longer cover the whole document.
    const auto page_changed = ChangePageContent(issued_pdf, "page-changed");
    const std::string pdfsig = PdfsigReport(page_changed);
    CHECK_THAT(pdfsig, Catch::Contains("Not total document signed"));
    const auto named = db.Run(kViewer, {"pdf", "verify", page_changed.string()});
    INFO(named.out);
    CHECK(named.exit_code == 1);
    CHECK_THAT(named.out, Catch::Contains("modified_after_signing") && Catch::Contains("content stream"));
}

TEST_CASE(
    "With a timestamping authority both signatures are timestamped and the issued PDF has a document "
    "timestamp",
    "[cli][signing][pdf][timestamp]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();
    const LoopbackTsa tsa;
    db.Ok(kAdmin, {"setting", "set", "tsa_url", tsa.Url()});
    db.Ok(kAdmin, {"setting", "set", "tsa_ca_pem", tsa.CaPemFile().string()});
    const std::string decision = SignedDraft(db);
    // The TSA's CA pinned beside the test root (after SignedDraft, which pins the shared root alone):
    // timestamps are judged against the workstation's roots, never the database's tsa_ca_pem.
    PinnedRoots pins({pki.root_pem});
    pins.PinText(tsa.CaPem(), "test-tsa-ca.pem");
    db.Ok(kAdmin, {"user", "set-role", kViewer, "clerk"});
    db.Ok(kAdmin, {"organisation-certificate", "enrol", pki.second_signer.certificate_pem});
    db.Ok(kViewer, Joined({"decision", "issue", decision, "--next"}, P12Options(pki.second_signer)));
    const auto issued_pdf = folder.Path() / "issued.pdf";
    db.Ok(kViewer, {"decision", "pdf", decision, "--out", issued_pdf.string()});

    const auto verified =
        db.Run(kViewer, {"--json", "pdf", "verify", issued_pdf.string(), "--decision", decision});
    INFO(verified.out << verified.err);
    REQUIRE(verified.exit_code == 0);
    const auto json = nlohmann::json::parse(verified.out);
    const auto& signatures = json["signatures"];
    REQUIRE(signatures.size() == 3);
    // B-T: the approver's and the department's signatures each carry a valid signature timestamp.
    for (std::size_t i = 0; i < 2; ++i) {
        INFO(signatures[i]["field"]);
        CHECK(signatures[i]["verdict"] == "valid");
        CHECK(signatures[i]["timestamp"]["present"] == true);
        CHECK(signatures[i]["timestamp"]["verdict"] == "valid");
    }
    // B-LT and B-LTA: the DSS, then a document timestamp over all of it.
    CHECK(signatures[2]["document_timestamp"] == true);
    CHECK(signatures[2]["sub_filter"] == "ETSI.RFC3161");
    CHECK(signatures[2]["verdict"] == "valid");
    CHECK(json["dss"]["present"] == true);
    CHECK(json["dss"]["certificates"].get<int>() >= 4);
    CHECK(json["decision"]["matches"] == true);
    // pdfsig: both signatures still valid and trusted.
    const std::string report = PdfsigReport(issued_pdf);
    INFO(report);
    CHECK(Count(report, "Certificate is Trusted.") == 2);
}
