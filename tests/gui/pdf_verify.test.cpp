// Tools › Verify a signed PDF…: a PDF signed by podofosign then pdfsig, chosen through the file
// question, and a PDF whose page was changed after signing, given as a drop would give it.
#include "gui_driver.h"
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/pdf_verify_dialog.h"
#include "signed_pdfs.h"
#include "test_pki.h"

#include <catch2/catch.hpp>

#include <wx/dataview.h>
#include <wx/textctrl.h>

using namespace innodesk;
using namespace innodesk::gui::testing;

TEST_CASE("Tools › Verify a signed PDF shows each signature's verdict and what changed after it", "[gui]") {
    GuiFixture fixture;
    auto& window = fixture.OpenWindow("canbo.an");
    innodesk::testing::PinSharedTestRoot();
    const std::filesystem::path folder = innodesk::testing::SharedTestPki().dir / "pdf-verify-gui";
    std::filesystem::create_directories(folder);
    const auto first =
        innodesk::testing::PodofoSign(innodesk::testing::MakeUnsignedPdf(folder), "first", "Approver");
    const auto both = innodesk::testing::PdfsigSign(first, "both", "Seal");
    const auto changed = innodesk::testing::ChangePageContent(first, "changed");

    AnswerFiles answer("pdf_verify_file", both);
    fixture.Modals().Expect("pdf_verify_dialog", [&](wxDialog& dialog) {
        auto* verify = dynamic_cast<gui::PdfVerifyDialog*>(&dialog);
        REQUIRE(verify != nullptr);
        Click(Find<wxWindow>(dialog, "pdf_verify_choose"));
        REQUIRE(verify->Verification().has_value());
        auto& list = Find<wxDataViewListCtrl>(dialog, "pdf_verify_signatures");
        INFO(UnwrappedLabel(dialog, "pdf_verify_summary").utf8_string());
        REQUIRE(list.GetItemCount() == 2);
        CHECK(list.GetTextValue(0, 0) == "Approver");
        // podofosign's signature carries no intermediate certificate, and the demo database has none
        // of the test PKI's: its chain cannot be built. pdfsig's carries the chain.
        CHECK(list.GetTextValue(0, 1) == "Indeterminate");
        CHECK(list.GetTextValue(0, 4) == "An earlier revision");
        CHECK(list.GetTextValue(0, 5).EndsWith("allowed changes"));
        CHECK(list.GetTextValue(1, 0) == "Seal");
        CHECK(list.GetTextValue(1, 1) == "Valid");
        CHECK(list.GetTextValue(1, 2).Contains(wxString::FromUTF8("Hoàng Minh Dũng")));
        CHECK(list.GetTextValue(1, 4) == "The whole file");
        CHECK(UnwrappedLabel(dialog, "pdf_verify_summary").StartsWith("2 signatures: 1 valid, 1 not valid."));

        verify->Open(wxString::FromUTF8(changed.string()));  // what dropping the file does
        REQUIRE(list.GetItemCount() == 1);
        CHECK(list.GetTextValue(0, 1) == "Invalid");
        CHECK(list.GetTextValue(0, 5).StartsWith("Modified after signing"));
        CHECK(Find<wxTextCtrl>(dialog, "pdf_verify_details").GetValue().Contains("content stream"));

        verify->Open(wxString::FromUTF8((folder / "missing.pdf").string()));
        CHECK_FALSE(verify->Verification().has_value());
        CHECK(list.GetItemCount() == 0);
        CHECK(UnwrappedLabel(dialog, "pdf_verify_summary").Contains("Cannot read the file"));
        Click(*dialog.FindWindow(wxID_OK));
    });
    Menu(window, "Tools", wxString::FromUTF8("Verify a signed PDF…"));
    fixture.Modals().Verify();
}
