// Signed decisions through innodesk-cli with real certificates made at test time: draft, sign
// with a PKCS#12 file or a PKCS#11 token, verify, export for `openssl cms -verify`, and every way
// signing is refused or a stored signature stops verifying.
#include "cli_fixture.h"
#include "cli_pki.h"
#include "pinned_roots.h"
#include "softhsm_token.h"
#include "test_tools.h"

#include "support/test_workstation.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace innodesk::testing;

namespace {

nlohmann::json Shown(const CliDatabase& db, const std::string& decision) {
    return nlohmann::json::parse(db.Ok(kViewer, {"--json", "decision", "show", decision}).out);
}

// "draft" until signed, then "valid" while the signature verifies.
std::string Verdict(const CliDatabase& db, const std::string& decision) {
    return Shown(db, decision)["verification"]["status"].get<std::string>();
}

// Signing refused: exit 1, the reason named, and the decision still a draft.
void RequireRefusal(const CliDatabase& db, const std::string& user, const std::string& decision,
                    const std::vector<std::string>& key, const std::vector<std::string>& reasons) {
    const auto result = db.Run(user, Joined({"decision", "sign", decision}, key));
    INFO(result.err << result.out);
    CHECK(result.exit_code == 1);
    for (const auto& reason : reasons) CHECK_THAT(result.err, Catch::Contains(reason));
    CHECK(Verdict(db, decision) == "draft");
}

std::string OpensslCmsVerify(const std::string& dir) {
    return RequireTool(Tool::Openssl) + " cms -verify -binary -inform DER -in " +
           ShellQuoted(dir + "/decision.p7s") + " -content " + ShellQuoted(dir + "/decision.json") +
           " -CAfile " + ShellQuoted(SharedTestPki().root_pem) + " -purpose any -out /dev/null 2>/dev/null";
}

}  // namespace

TEST_CASE("A decision drafted, signed with a PKCS12 file, verified and exported verifies with openssl cms",
          "[cli][signing]") {
    const std::string pdftotext = RequireTool(Tool::Pdftotext);
    RequireTool(Tool::Openssl);
    TempFolder folder;
    const CliDatabase db(folder);
    PrepareSigning(db);
    const std::string decision = DraftApproval(db, "125/QĐ-SKHCN");
    CHECK(Verdict(db, decision) == "draft");

    const auto signed_ =
        db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
    CHECK_THAT(signed_.out, Catch::Contains("125/QĐ-SKHCN") && Catch::Contains("[valid]"));

    const auto verified = db.Run(kViewer, {"decision", "verify", decision});
    INFO(verified.err);
    CHECK(verified.exit_code == 0);
    CHECK_THAT(verified.out, Catch::Contains("[valid]") && Catch::Contains("Valid: 1, failed: 0"));
    CHECK(db.Run(kViewer, {"decision", "verify", "--all"}).exit_code == 0);
    const auto shown = Shown(db, decision);
    CHECK(shown["verification"]["status"] == "valid");
    CHECK_THAT(shown["verification"]["signer_subject"].get<std::string>(), Catch::Contains("Lê Thị Châu"));
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "application", "show", "1"}).out)["state"] ==
          "approved");

    const std::string out = folder / "export";
    // Who proposes the department's decisions is a setting.
    db.Ok(kAdmin, {"setting", "set", "decision_proposer", "Trưởng phòng Kế hoạch - Tài chính"});
    const auto exported = db.Ok(kViewer, {"decision", "export", decision, "--out", out});
    CHECK_THAT(exported.out, Catch::Contains("decision.json, decision.p7s, decision.pdf, decision-en.pdf, "
                                             "decision.html, decision-en.html, trust-anchors.pem"));
    for (const char* name : {"decision.json", "decision.p7s", "decision.pdf", "decision-en.pdf",
                             "decision.html", "decision-en.html", "trust-anchors.pem"})
        CHECK(std::filesystem::is_regular_file(out + "/" + name));
    CHECK(ReadText(out + "/decision.pdf").rfind("%PDF-", 0) == 0);
    REQUIRE(Shell(pdftotext + " -enc UTF-8 " + ShellQuoted(out + "/decision.pdf") + " " +
                  ShellQuoted(folder / "decision.txt")) == 0);
    CHECK_THAT(ReadText(folder / "decision.txt"),
               Catch::Contains("Số: 125/QĐ-SKHCN") && Catch::Contains("0300588569") &&
                   Catch::Contains("Kiểm tra chữ ký số khi xuất: HỢP LỆ") &&
                   Catch::Contains("Theo đề nghị của Trưởng phòng Kế hoạch - Tài chính."));
    REQUIRE(Shell(pdftotext + " -enc UTF-8 " + ShellQuoted(out + "/decision-en.pdf") + " " +
                  ShellQuoted(folder / "decision-en.txt")) == 0);
    CHECK_THAT(ReadText(folder / "decision-en.txt"), Catch::Contains("No.: 125/QĐ-SKHCN") &&
                                                         Catch::Contains("DECISION") &&
                                                         Catch::Contains("VALID"));
    CHECK(ReadText(out + "/trust-anchors.pem") == ReadText(SharedTestPki().root_pem));
    const auto payload = nlohmann::json::parse(ReadText(out + "/decision.json"));
    CHECK_THAT(payload.dump(), Catch::Contains("125/QĐ-SKHCN") && Catch::Contains("0300588569"));
    CHECK_THAT(ReadText(out + "/decision.html"), Catch::Contains("125/QĐ-SKHCN"));

    // Anyone holding the export and the CA's root checks it with stock OpenSSL, without InnoDesk.
    CHECK(Shell(OpensslCmsVerify(out)) == 0);
    std::string json = ReadText(out + "/decision.json");
    const auto at = json.find("80000000");
    REQUIRE(at != std::string::npos);
    json[at] = '9';
    {
        std::ofstream edited(out + "/decision.json", std::ios::binary | std::ios::trunc);
        edited << json;
    }
    CHECK(Shell(OpensslCmsVerify(out)) != 0);

    // Only signed decisions are exported.
    const std::string draft = DraftApproval(db, "126/QĐ-SKHCN");
    const auto unsigned_export = db.Run(kViewer, {"decision", "export", draft, "--out", folder / "draft"});
    CHECK(unsigned_export.exit_code == 1);
    CHECK_THAT(unsigned_export.err, Catch::Contains("not digitally signed"));
}

TEST_CASE("Signing a decision is refused with the reason, and the decision stays a draft", "[cli][signing]") {
    // Set up once and copied for each section.
    static const TempFolder scene_folder;
    static const CliDatabase scene = [] {
        CliDatabase db(scene_folder);
        PrepareSigning(db);
        DraftApproval(db, "200/QĐ-SKHCN", "80.000.000", "");  // some sections have the other approver sign
        return db;
    }();
    TempFolder folder;
    const CliDatabase db(folder, scene);
    const TestPki& pki = SharedTestPki();
    const TestProblemPki& bad = SharedProblemPki();
    const std::string decision = "1";

    SECTION("wrong sign-in password") {
        const auto result =
            RunCli(Joined({"--db", db.Path(), "--lang", "en", "--user", kApprover, "--password-file",
                           pki.wrong_password_file, "decision", "sign", decision},
                          P12Options(pki.signer)));
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err,
                   Catch::Contains("Wrong user name or password") && Catch::Contains("[sign_in_failed]"));
        CHECK(Verdict(db, decision) == "draft");
    }
    SECTION("the sign-in password from INNODESK_PASSWORD, the PKCS12 password from the subcommand's file") {
        const auto result = RunCli(
            Joined({"--db", db.Path(), "--lang", "en", "--user", kApprover, "decision", "sign", decision},
                   P12Options(pki.signer)),
            {"INNODESK_PASSWORD=" + FirstLine(db.PasswordFile(kApprover))});
        INFO(result.err);
        CHECK(result.exit_code == 0);
        CHECK(Verdict(db, decision) == "valid");
    }
    SECTION("wrong PKCS12 password") {
        RequireRefusal(db, kApprover, decision,
                       {"--p12", pki.signer.p12, "--password-file", pki.wrong_password_file},
                       {"wrong password or damaged file"});
    }
    SECTION("expired certificate") {
        db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", bad.expired.certificate_pem});
        RequireRefusal(db, kApprover, decision, P12Options(bad.expired),
                       {"(expired)", "[signature_refused]"});
    }
    SECTION("certificate not yet valid") {
        db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", bad.not_yet_valid.certificate_pem});
        RequireRefusal(db, kApprover, decision, P12Options(bad.not_yet_valid),
                       {"(not_yet_valid)", "[signature_refused]"});
    }
    SECTION("CA not pinned on the workstation") {
        db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", bad.untrusted.certificate_pem});
        RequireRefusal(db, kApprover, decision, P12Options(bad.untrusted),
                       {"(untrusted_chain)", "[signature_refused]"});
        // Its root in the database's trust store is no trust: kept as a help only, and still refused,
        // naming the root and where the machine's administrator would pin it.
        const auto added = db.Ok(kAdmin, {"trust", "add", bad.untrusted_root_pem});
        CHECK_THAT(added.out, Catch::Contains("self-signed root") && Catch::Contains("help only") &&
                                  Catch::Contains("must pin its PEM file in"));
        RequireRefusal(db, kApprover, decision, P12Options(bad.untrusted),
                       {"(untrusted_chain)", "Unrelated Test Root CA", "not pinned"});
        // Pinning it is the machine's administrator's decision; then the same key signs.
        const PinnedRoots pins({SharedTestPki().root_pem, bad.untrusted_root_pem});
        db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(bad.untrusted)));
        CHECK(Verdict(db, decision) == "valid");
    }
    SECTION("key usage keyEncipherment only") {
        db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", bad.key_encipherment.certificate_pem});
        RequireRefusal(db, kApprover, decision, P12Options(bad.key_encipherment),
                       {"(wrong_key_usage)", "[signature_refused]"});
    }
    SECTION("revoked certificate, once the CRLs are in the trust store") {
        db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", bad.revoked.certificate_pem});
        db.Ok(kAdmin, {"trust", "add", bad.crl_pem});
        RequireRefusal(db, kApprover, decision, P12Options(bad.revoked),
                       {"(revoked)", "[signature_refused]"});
        // A certificate the CRLs do not list still signs.
        db.Ok(kSecondApprover, Joined({"decision", "sign", decision}, P12Options(pki.second_signer)));
        CHECK(db.Run(kViewer, {"decision", "verify", decision}).exit_code == 0);
    }
    SECTION("an officer is not an approver") {
        RequireRefusal(db, kOfficer, decision, P12Options(pki.signer), {"[permission_denied]"});
        RequireRefusal(db, kAdmin, decision, P12Options(pki.signer), {"[permission_denied]"});
    }
    SECTION("a certificate not enrolled for the approver") {
        RequireRefusal(db, kApprover, decision, P12Options(pki.second_signer),
                       {"is not the one enrolled for lanhdao.chau", "[signature_refused]"});
    }
    SECTION("a signed decision is never signed again") {
        db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(pki.signer)));
        const auto again =
            db.Run(kSecondApprover, Joined({"decision", "sign", decision}, P12Options(pki.second_signer)));
        CHECK(again.exit_code == 1);
        CHECK_THAT(again.err,
                   Catch::Contains("has already been issued") && Catch::Contains("[invalid_transition]"));
        const auto shown = Shown(db, decision);
        CHECK(shown["verification"]["status"] == "valid");
        CHECK_THAT(shown["verification"]["signer_subject"].get<std::string>(),
                   Catch::Contains("Lê Thị Châu"));
        CHECK(db.Run(kOfficer, {"decision", "discard", decision}).exit_code == 1);
    }
}

TEST_CASE("A signed decision changed in the database outside InnoDesk fails verification", "[cli][signing]") {
    RequireTool(Tool::Sqlite3);  // tampers with the file as an outsider would
    static const TempFolder scene_folder;
    static const CliDatabase scene = [] {
        CliDatabase db(scene_folder);
        PrepareSigning(db);
        const TestPki& pki = SharedTestPki();
        const std::string first = DraftApproval(db, "300/QĐ-SKHCN");
        const std::string second =
            DraftApproval(db, "301/QĐ-SKHCN", "80.000.000", "Phó Giám đốc Hoàng Minh Dũng");
        db.Ok(kApprover, Joined({"decision", "sign", first}, P12Options(pki.signer)));
        db.Ok(kSecondApprover, Joined({"decision", "sign", second}, P12Options(pki.second_signer)));
        return db;
    }();
    TempFolder folder;
    const CliDatabase db(folder, scene);
    const std::string tampered = "1";
    const std::string intact = "2";
    REQUIRE(db.Run(kViewer, {"decision", "verify", "--all"}).exit_code == 0);

    SECTION("the approved amount") {
        db.Sql("UPDATE decision_item SET approved_amount = 90000000 WHERE decision_id = " + tampered + ";");
        const auto all = db.Run(kViewer, {"decision", "verify", "--all"});
        CHECK(all.exit_code == 1);
        CHECK_THAT(all.out, Catch::Contains("300/QĐ-SKHCN") &&
                                Catch::Contains("[invalid: content_changed]") &&
                                Catch::Contains("Valid: 1, failed: 1"));
        CHECK_THAT(all.out, !Catch::Contains("301/QĐ-SKHCN"));  // --all names only the failures
        CHECK(db.Run(kViewer, {"decision", "verify", intact}).exit_code == 0);
        const auto json =
            nlohmann::json::parse(db.Run(kViewer, {"--json", "decision", "verify", tampered}).out);
        CHECK(json[0]["verification"]["reason"] == "content_changed");
    }
    SECTION("the status set back to draft or to recorded") {
        // The signature is still stored and still verifies over the payload; only the status
        // column says the decision was never signed. Counting it as "not signed" would let a
        // signed approval be quietly turned back into an editable draft.
        const std::string status = GENERATE(as<std::string>{}, "draft", "recorded");
        INFO(status);
        db.Sql("UPDATE decision SET status = '" + status + "' WHERE id = " + tampered + ";");
        const auto all = db.Run(kViewer, {"decision", "verify", "--all"});
        CHECK(all.exit_code == 1);
        CHECK_THAT(all.out, Catch::Contains("300/QĐ-SKHCN") && Catch::Contains("[invalid: status_changed]") &&
                                Catch::Contains("Valid: 1, failed: 1, not digitally signed: 0"));
        CHECK_THAT(all.err, Catch::Contains("1 decisions failed verification"));
        const auto one = db.Run(kViewer, {"decision", "verify", tampered});
        CHECK(one.exit_code == 1);
        CHECK_THAT(one.out, Catch::Contains("[invalid: status_changed]") &&
                                Catch::Contains("Valid: 0, failed: 1, not digitally signed: 0"));
        CHECK(db.Run(kViewer, {"decision", "verify", intact}).exit_code == 0);
    }
    SECTION("the signature bytes") {
        // One Base64 character near the end, inside the RSA signature value.
        db.Sql(
            "UPDATE decision SET signature = substr(signature, 1, length(signature) - 20) || "
            "(CASE substr(signature, length(signature) - 19, 1) WHEN 'A' THEN 'B' ELSE 'A' END) || "
            "substr(signature, length(signature) - 18) WHERE id = " +
            tampered + ";");
        const auto all = db.Run(kViewer, {"decision", "verify", "--all"});
        CHECK(all.exit_code == 1);
        CHECK_THAT(all.out,
                   Catch::Contains("300/QĐ-SKHCN") && (Catch::Contains("[invalid: signature_damaged]") ||
                                                       Catch::Contains("[invalid: format_damaged]")));
        db.Sql("UPDATE decision SET signature = 'not a signature' WHERE id = " + tampered + ";");
        const auto garbage = db.Run(kViewer, {"decision", "verify", tampered});
        CHECK(garbage.exit_code == 1);
        CHECK_THAT(garbage.out, Catch::Contains("[invalid: format_damaged]"));
    }
}

TEST_CASE("A decision signed with a key on a PKCS11 token verifies", "[cli][signing][pkcs11]") {
    RequireTool(Tool::Sqlite3);
    RequireTool(Tool::Openssl);
    const SoftHsmToken* token = &SharedSoftHsmToken();
    TempFolder folder;
    const CliDatabase db(folder);
    PrepareSigning(db);  // the approver's enrolled certificate is the one on the token
    const std::string with_option = DraftApproval(db, "400/QĐ-SKHCN");
    const std::string with_setting = DraftApproval(db, "401/QĐ-SKHCN");
    TestWorkstation workstation;
    // A library planted in the database's settings is never loaded, though signing succeeds.
    const auto planted = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libplanted.so");
    db.Sql("INSERT INTO setting (key, value) VALUES ('pkcs11_module', '" + planted.string() + "');");

    // --pkcs11-module names the module for one command; its first use is accepted with --trust-module.
    const std::vector<std::string> key{"--pkcs11-uri", token->key_uri, "--pin-file", token->pin_file};
    const auto not_accepted = db.Run(
        kApprover, Joined({"decision", "sign", with_option, "--pkcs11-module", token->module.string()}, key));
    CHECK(not_accepted.exit_code == 1);
    CHECK_THAT(not_accepted.err,
               Catch::Contains("--trust-module") && Catch::Contains(token->module.string()));
    const auto signed_ = db.Run(kApprover, Joined({"decision", "sign", with_option, "--pkcs11-module",
                                                   token->module.string(), "--trust-module"},
                                                  key));
    INFO(signed_.err);
    REQUIRE(signed_.exit_code == 0);
    CHECK_THAT(signed_.out, Catch::Contains("[valid]"));

    // Without --pkcs11-module this workstation's file names the module (the database never does).
    const auto unset = db.Run(kApprover, Joined({"decision", "sign", with_setting}, key));
    CHECK(unset.exit_code == 1);
    CHECK_THAT(unset.err, Catch::Contains("names no PKCS#11 module") &&
                              Catch::Contains(workstation.SystemFile().string()));
    CHECK(db.Run(kAdmin, {"setting", "set", "pkcs11_module", token->module.string()}).exit_code == 1);
    TestWorkstation::Write(workstation.SystemFile(), "pkcs11_module = " + token->module.string() + "\n");
    db.Ok(kApprover, Joined({"decision", "sign", with_setting}, key));  // the same library, accepted already
    CHECK_FALSE(workstation.Loaded());

    const auto verified = db.Run(kViewer, {"decision", "verify", "--all"});
    INFO(verified.out << verified.err);
    CHECK(verified.exit_code == 0);
    CHECK_THAT(verified.out, Catch::Contains("Valid: 2, failed: 0"));
    const std::string out = folder / "export";
    db.Ok(kViewer, {"decision", "export", with_option, "--out", out});
    CHECK(Shell(OpensslCmsVerify(out)) == 0);
}

TEST_CASE("trust anchors lists the roots pinned on the workstation with their files, never the database's",
          "[cli][signing]") {
    TempFolder folder;
    const CliDatabase db(folder);
    PinnedRoots pins({SharedTestPki().root_pem});
    // A root only in the database's trust store is not an anchor, and not listed as one.
    db.Ok(kAdmin, {"trust", "add", SharedProblemPki().untrusted_root_pem});
    pins.PinText("not a certificate", "broken.pem");
    const auto listed = nlohmann::json::parse(db.Ok(kViewer, {"--json", "trust", "anchors"}).out);
    INFO(listed.dump(2));
    REQUIRE(listed["anchors"].size() == 1);
    CHECK_THAT(listed["anchors"][0]["subject"].get<std::string>(), Catch::Contains("InnoDesk Test Root CA"));
    CHECK(listed["anchors"][0]["file"] ==
          (pins.Folder() / std::filesystem::path(SharedTestPki().root_pem).filename()).string());
    CHECK(listed["anchors"][0]["source"] == "override");  // INNODESK_TRUST_DIR, as the tests pin
    REQUIRE(listed["refused"].size() == 1);
    CHECK(listed["refused"][0]["file"] == (pins.Folder() / "broken.pem").string());
    CHECK(listed["folders"][0]["folder"] == pins.Folder().string());

    const auto text = db.Ok(kViewer, {"trust", "anchors"});
    CHECK_THAT(text.out,
               Catch::Contains("Pin folder: " + pins.Folder().string()) &&
                   Catch::Contains("the folder the environment variable INNODESK_TRUST_DIR names") &&
                   !Catch::Contains("Unrelated Test Root CA"));
    CHECK_THAT(text.err, Catch::Contains("Skipped " + (pins.Folder() / "broken.pem").string()));
}

TEST_CASE(
    "A records clerk issues a signed decision under the next number, sealed with the organisation "
    "certificate",
    "[cli][signing][issue]") {
    TempFolder folder;
    const CliDatabase db(folder);
    PrepareSigning(db);
    const TestPki& pki = SharedTestPki();
    const std::string decision = DraftApproval(db, "");
    db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(pki.signer)));
    db.Ok(kAdmin, {"setting", "set", "decision_symbol", "QĐ-SKHCN"});
    // The viewer becomes the records clerk (at once: the seeded department has the one-person rule).
    db.Ok(kAdmin, {"user", "set-role", kViewer, "clerk"});
    const std::string seal_key_holder = kViewer;

    const auto issue = [&](const TestSigner& key) {
        return db.Run(seal_key_holder, Joined({"decision", "issue", decision, "--next"}, P12Options(key)));
    };
    const auto without = issue(pki.second_signer);
    INFO(without.err);
    CHECK(without.exit_code == 1);
    CHECK_THAT(without.err, Catch::Contains("No organisation certificate is enrolled"));
    const auto officer =
        db.Run(kOfficer, Joined({"decision", "issue", decision}, P12Options(pki.second_signer)));
    CHECK(officer.exit_code == 1);
    CHECK_THAT(officer.err, Catch::Contains("issue decisions"));

    // The department's certificate: here the test PKI's second signer stands for it.
    CHECK_THAT(db.Ok(kAdmin, {"organisation-certificate", "enrol", pki.second_signer.certificate_pem}).out,
               Catch::Contains("Organisation certificate enrolled"));
    CHECK_THAT(db.Ok(kOfficer, {"organisation-certificate", "show"}).out, Catch::Contains("SHA-256"));
    const auto personal = issue(pki.signer);
    CHECK(personal.exit_code == 1);
    CHECK_THAT(personal.err, Catch::Contains("is not the enrolled organisation certificate"));

    const auto issued = issue(pki.second_signer);
    INFO(issued.err);
    REQUIRE(issued.exit_code == 0);
    CHECK_THAT(issued.out, Catch::Contains("Issued decision #" + decision + "  01/QĐ-SKHCN"));
    const auto shown = Shown(db, decision);
    CHECK(shown["issue"]["number"] == "01/QĐ-SKHCN");
    CHECK(shown["issue"]["verification"]["status"] == "valid");
    CHECK(shown["verification"]["status"] == "valid");
    CHECK_THAT(db.Ok(kViewer, {"decision", "show", decision}).out,
               Catch::Contains("Issued: number 01/QĐ-SKHCN"));
    const auto twice = issue(pki.second_signer);
    CHECK(twice.exit_code == 1);
    CHECK_THAT(twice.err, Catch::Contains("was already issued by the clerk"));

    // The number changed behind InnoDesk's back (the write-once trigger dropped first): the seal tells.
    db.Sql("DROP TRIGGER decision_issue_no_update; UPDATE decision_issue SET number = '02/QĐ-SKHCN';");
    CHECK(Shown(db, decision)["issue"]["verification"]["status"] == "invalid");
    CHECK(db.Run(kViewer, {"decision", "verify", decision}).exit_code == 1);
}
