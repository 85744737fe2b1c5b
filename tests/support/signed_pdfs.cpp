// Signed PDFs for the tests, made by PoDoFo, podofosign and pdfsig.
#include "signed_pdfs.h"

#include "test_pki.h"
#include "test_tools.h"

#include <podofo/podofo.h>

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <cstdio>
#include <memory>

namespace innodesk::testing {
namespace fs = std::filesystem;
namespace {

// PoDoFo prints its debugging (a trailer on each incremental update) unless told not to.
void QuietPodofo() {
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
}

std::string Quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

}  // namespace

// Runs a shell command; its output (both streams) in `output`, its exit code returned.
int RunShell(const std::string& command, std::string* output) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string text;
    char chunk[4096];
    for (std::size_t read = 0; (read = std::fread(chunk, 1, sizeof chunk, pipe.get())) > 0;)
        text.append(chunk, read);
    const int status = pclose(pipe.release());
    if (output) *output = text;
    return WEXITSTATUS(status);
}

// One A4 page with a line of text and an empty text field for the document's number, as the clerk
// fills it in after the approver signs.
fs::path MakeUnsignedPdf(const fs::path& folder, const std::string& empty_signature_field) {
    QuietPodofo();
    const fs::path file =
        folder / (empty_signature_field.empty() ? "unsigned.pdf" : "unsigned-with-field.pdf");
    PoDoFo::PdfMemDocument document;
    PoDoFo::PdfPage* page =
        document.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
    PoDoFo::PdfPainter painter;
    painter.SetPage(page);
    painter.SetFont(document.CreateFont("Helvetica"));
    painter.DrawText(72, 760, "QUYET DINH ve viec ho tro doanh nghiep");
    painter.FinishPage();
    PoDoFo::PdfTextField number(page, PoDoFo::PdfRect(72, 700, 200, 20), &document);
    number.SetFieldName(PoDoFo::PdfString("SoVanBan"));
    if (!empty_signature_field.empty()) {
        PoDoFo::PdfSignatureField seal(page, PoDoFo::PdfRect(350, 750, 200, 60), &document);
        seal.SetFieldName(PoDoFo::PdfString(empty_signature_field));
    }
    document.Write(file.string().c_str());
    return file;
}

fs::path PodofoSign(const fs::path& in, const std::string& stem, const std::string& field) {
    const std::string podofosign = RequireTool(Tool::Podofosign);
    const auto& pki = SharedTestPki();
    const fs::path out = in.parent_path() / (stem + ".pdf");
    std::string output;
    const int code =
        RunShell(podofosign + " -in " + Quoted(in) + " -out " + Quoted(out) + " -cert " +
                     Quoted(pki.signer.certificate_pem) + " -pkey " + Quoted(pki.signer_key_pem) +
                     " -password '" + pki.password + "' -digest SHA256 -sigsize 8192 -field-name " + field,
                 &output);
    INFO(output);
    REQUIRE(code == 0);
    return out;
}

// An NSS database holding the second signer's key and trusting the test root, as pdfsig needs.
namespace {
fs::path NssDatabase(const fs::path& folder) {
    const std::string certutil = RequireTool(Tool::Certutil);
    const std::string pk12util = RequireTool(Tool::Pk12util);
    const auto& pki = SharedTestPki();
    const fs::path nss = folder / "nss";
    if (fs::exists(nss / "cert9.db")) return nss;
    fs::create_directories(nss);
    std::string output;
    REQUIRE(RunShell(certutil + " -N -d sql:" + Quoted(nss) + " --empty-password", &output) == 0);
    INFO(output);
    REQUIRE(RunShell(pk12util + " -i " + Quoted(pki.second_signer.p12) + " -d sql:" + Quoted(nss) + " -W '" +
                         pki.password + "'",
                     &output) == 0);
    REQUIRE(RunShell(
                certutil + " -A -d sql:" + Quoted(nss) + " -n test-root -t CT,C,C -i " + Quoted(pki.root_pem),
                &output) == 0);
    return nss;
}
}  // namespace

fs::path PdfsigSign(const fs::path& in, const std::string& stem, const std::string& field) {
    const std::string pdfsig = RequireTool(Tool::Pdfsig);
    const fs::path nss = NssDatabase(in.parent_path());
    const fs::path out = in.parent_path() / (stem + ".pdf");
    std::string output;
    const int code = RunShell(pdfsig + " -add-signature -nssdir sql:" + Quoted(nss) +
                                  " -nick 'InnoDesk test signer' -new-signature-field-name " + field + " " +
                                  Quoted(in) + " " + Quoted(out),
                              &output);
    INFO(output);
    REQUIRE(code == 0);
    return out;
}

fs::path PdfsigSignField(const fs::path& in, const std::string& stem, const std::string& field) {
    const std::string pdfsig = RequireTool(Tool::Pdfsig);
    const fs::path nss = NssDatabase(in.parent_path());
    const fs::path out = in.parent_path() / (stem + ".pdf");
    std::string output;
    const int code = RunShell(pdfsig + " -sign " + field + " -nssdir sql:" + Quoted(nss) +
                                  " -nick 'InnoDesk test signer' " + Quoted(in) + " " + Quoted(out),
                              &output);
    INFO(output);
    REQUIRE(code == 0);
    return out;
}

// pdfsig's report of `file`, checked against the NSS database's trust.
std::string PdfsigReport(const fs::path& file) {
    const std::string pdfsig = RequireTool(Tool::Pdfsig);
    std::string output;
    RunShell(pdfsig + " -nssdir sql:" + Quoted(NssDatabase(file.parent_path())) + " " + Quoted(file),
             &output);
    return output;
}

// An incremental update written by PoDoFo that changes the page's content stream.
fs::path ChangePageContent(const fs::path& in, const std::string& stem) {
    QuietPodofo();
    const fs::path out = in.parent_path() / (stem + ".pdf");
    PoDoFo::PdfMemDocument document;
    document.Load(in.string().c_str(), true);
    PoDoFo::PdfPage* page = document.GetPage(0);
    PoDoFo::PdfObject* contents = page->GetContents();
    REQUIRE(contents);
    if (contents->IsArray())
        contents = document.GetObjects().GetObject(contents->GetArray()[0].GetReference());
    const std::string changed = "BT /F1 12 Tf 72 760 Td (QUYET DINH ve viec THU HOI ho tro) Tj ET";
    contents->GetStream()->Set(changed.c_str(), static_cast<PoDoFo::pdf_long>(changed.size()));
    document.WriteUpdate(out.string().c_str());
    return out;
}

// An incremental update written by PoDoFo that fills the text field with the document's number.
fs::path FillNumber(const fs::path& in, const std::string& stem) {
    QuietPodofo();
    const fs::path out = in.parent_path() / (stem + ".pdf");
    PoDoFo::PdfMemDocument document;
    document.Load(in.string().c_str(), true);
    PoDoFo::PdfAcroForm* form = document.GetAcroForm(false);
    REQUIRE(form);
    PoDoFo::PdfObject* fields = form->GetObject()->GetIndirectKey("Fields");
    REQUIRE(fields);
    bool filled = false;
    for (PoDoFo::PdfObject& item : fields->GetArray()) {
        PoDoFo::PdfObject* field = document.GetObjects().GetObject(item.GetReference());
        const PoDoFo::PdfObject* name = field->GetDictionary().GetKey("T");
        if (name && name->GetString().GetStringUtf8() == "SoVanBan") {
            field->GetDictionary().AddKey("V", PoDoFo::PdfString("125/QĐ-SKHCN"));
            filled = true;
        }
    }
    REQUIRE(filled);
    document.WriteUpdate(out.string().c_str());
    return out;
}

}  // namespace innodesk::testing
