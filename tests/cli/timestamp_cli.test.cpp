// The department's timestamping authority from the command line (issue 20, item 3): 'setting set tsa_url' and
// 'setting set tsa_ca_pem FILE' are proposals a second administrator confirms, 'setting show' names the TSA
// and its CA, and a value that is not an http address or a CA certificate is refused with nothing stored.
#include "cli_fixture.h"
#include "cli_pki.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk::testing;

TEST_CASE("The TSA URL and CA are set by proposal and confirmation and shown by setting show",
          "[cli][four-eyes][timestamp]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();
    CHECK_THAT(db.Ok(kAdmin, {"setting", "show"}).out, Catch::Contains("tsa_url =   (no timestamps)"));

    // Refused before anything is proposed: not http, not a CA certificate.
    const auto https = db.Run(kAdmin, {"setting", "set", "tsa_url", "https://tsa.example.vn/tsa"});
    CHECK(https.exit_code == 1);
    CHECK_THAT(https.err, Catch::Contains("tsa_url must be an address http://host[:port]/path"));
    const auto leaf = db.Run(kAdmin, {"setting", "set", "tsa_ca_pem", pki.signer.certificate_pem});
    CHECK(leaf.exit_code == 1);
    CHECK_THAT(leaf.err, Catch::Contains("[invalid_value]"));

    db.Ok(kAdmin, {"user", "add", "quantri.hai", "--role", "admin", "--display-name", "Lê Hai",
                   "--new-password-file", db.PasswordFile(kViewer)});
    CHECK_THAT(db.Ok(kAdmin, {"setting", "set", "tsa_url", "http://tsa.example.vn/tsa"}).out,
               Catch::Contains("Proposed, awaiting confirmation by a second administrator (proposal #1)"));
    CHECK_THAT(db.Ok(kAdmin, {"setting", "set", "tsa_ca_pem", pki.root_pem}).out,
               Catch::Contains("(proposal #2): set the timestamping authority's CA (tsa_ca_pem) = ") &&
                   Catch::Contains("InnoDesk Test Root CA"));
    CHECK_THAT(db.Ok(kAdmin, {"setting", "show"}).out, Catch::Contains("tsa_url =   (no timestamps)"));

    for (const char* id : {"1", "2"})
        CHECK(RunCli(Joined({"--db", db.Path(), "--lang", "en", "--user", "quantri.hai", "--password-file",
                             db.PasswordFile(kViewer)},
                            {"proposal", "confirm", id}))
                  .exit_code == 0);
    const auto shown = db.Ok(kAdmin, {"setting", "show"}).out;
    CHECK_THAT(shown, Catch::Contains("tsa_url = http://tsa.example.vn/tsa\n"));
    CHECK_THAT(shown, Catch::Contains("tsa_ca_pem = ") && Catch::Contains("CN=InnoDesk Test Root CA") &&
                          Catch::Contains("(SHA-256 "));
}
