// Four eyes from the command line (issue 19, item 3): with a second administrator, bind-cert,
// trust add and granting the approver role print "proposed, awaiting confirmation by a second
// administrator (proposal #N)" and change nothing until the other administrator runs
// 'proposal confirm'; the proposer cannot; 'proposal status' says which rule holds.
#include "cli_fixture.h"
#include "cli_pki.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk::testing;

TEST_CASE("With two administrators, bind-cert and trust add are proposals a second administrator confirms",
          "[cli][four-eyes]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();
    // The seeded department has one administrator and the one-person rule; the status says so.
    CHECK_THAT(db.Ok(kAdmin, {"proposal", "status"}).out,
               Catch::Contains("A single administrator: changes to trust and signers need no second"));
    CHECK_THAT(db.Run(kAdmin, {"proposal", "status"}, "vi").out,
               Catch::Contains("Một quản trị viên duy nhất: thay đổi về tin cậy và người ký không cần người "
                               "thứ hai xác nhận"));
    // A second administrator (added at once under the rule) brings the four eyes back.
    db.Ok(kAdmin, {"user", "add", "quantri.hai", "--role", "admin", "--display-name", "Lê Hai",
                   "--new-password-file", db.PasswordFile(kViewer)});
    CHECK_THAT(db.Ok(kAdmin, {"proposal", "status"}).out, Catch::Contains("Four eyes"));

    const auto trust = db.Ok(kAdmin, {"trust", "add", pki.root_pem});
    CHECK_THAT(trust.out,
               Catch::Contains("Proposed, awaiting confirmation by a second administrator (proposal #1)"));
    const auto bind = db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", pki.signer.certificate_pem});
    CHECK_THAT(bind.out,
               Catch::Contains("Proposed, awaiting confirmation by a second administrator (proposal #2)"));
    const auto role = db.Run(kAdmin, {"user", "set-role", kViewer, "approver"}, "vi");
    CHECK_THAT(role.out, Catch::Contains("Đã đề xuất, chờ quản trị viên thứ hai xác nhận (đề xuất số 3)"));
    // Nothing changed yet.
    CHECK(nlohmann::json::parse(db.Ok(kAdmin, {"--json", "trust", "list"}).out).empty());
    CHECK_THAT(db.Ok(kAdmin, {"user", "show", kApprover}).out, !Catch::Contains("certificate"));
    CHECK_THAT(db.Ok(kAdmin, {"user", "show", kViewer}).out, Catch::Contains("[Viewer]"));

    const auto pending = nlohmann::json::parse(db.Ok(kAdmin, {"--json", "proposal", "list"}).out);
    REQUIRE(pending.size() == 3);
    CHECK(pending[0]["kind"] == "set_role");
    CHECK(pending[2]["kind"] == "add_trust");
    CHECK(pending[2]["proposed_by"] == kAdmin);

    // The proposer cannot confirm.
    const auto own = db.Run(kAdmin, {"proposal", "confirm", "2"});
    CHECK(own.exit_code == 1);
    CHECK_THAT(own.err, Catch::Contains("[permission_denied]") &&
                            Catch::Contains("cannot confirm their own proposal #2"));

    // The second administrator confirms the trust and the enrolment, and rejects the role.
    const auto second = [&](const std::vector<std::string>& arguments) {
        return RunCli(Joined({"--db", db.Path(), "--lang", "en", "--user", "quantri.hai", "--password-file",
                              db.PasswordFile(kViewer)},
                             arguments));
    };
    const auto shown = second({"proposal", "show", "2"});
    CHECK(shown.exit_code == 0);
    CHECK_THAT(shown.out, Catch::Contains("enrol the certificate") && Catch::Contains(kApprover));
    CHECK(second({"proposal", "confirm", "1"}).exit_code == 0);
    const auto confirmed = second({"proposal", "confirm", "2"});
    INFO(confirmed.err);
    CHECK(confirmed.exit_code == 0);
    CHECK_THAT(confirmed.out, Catch::Contains("Confirmed proposal #2"));
    CHECK(second({"proposal", "reject", "3"}).exit_code == 0);
    CHECK(nlohmann::json::parse(db.Ok(kAdmin, {"--json", "trust", "list"}).out).size() == 1);
    CHECK_THAT(db.Ok(kAdmin, {"user", "show", kApprover}).out, Catch::Contains("certificate"));
    CHECK_THAT(db.Ok(kAdmin, {"user", "show", kViewer}).out, Catch::Contains("[Viewer]"));
    CHECK(nlohmann::json::parse(db.Ok(kAdmin, {"--json", "proposal", "list"}).out).empty());
    const auto log = db.Ok(kAdmin, {"--json", "proposal", "list", "--all"}).out;
    CHECK(nlohmann::json::parse(log).size() == 3);
}
