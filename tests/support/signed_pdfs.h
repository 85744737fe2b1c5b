// Signed PDFs for the tests, made by tools nobody here wrote: PoDoFo lays out an unsigned page and
// writes incremental updates, podofosign (adbe.pkcs7.detached) and poppler's pdfsig (with an NSS
// database made by certutil and pk12util) sign it with the test PKI (test_pki.h). A missing tool skips
// or fails the test as RequireTool says.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::testing {

// A shell command's exit code, its output (both streams) in `output`.
int RunShell(const std::string& command, std::string* output = nullptr);

// One A4 page with a line of text and an empty text field "SoVanBan" for the document's number, and
// when named, an empty signature field for a later signer.
std::filesystem::path MakeUnsignedPdf(const std::filesystem::path& folder,
                                      const std::string& empty_signature_field = {});

// `in` signed by the PKI's `signer` (Lê Thị Châu) with podofosign into folder/stem.pdf, field `field`.
std::filesystem::path PodofoSign(const std::filesystem::path& in, const std::string& stem,
                                 const std::string& field);

// `in` signed by the PKI's `second_signer` (Hoàng Minh Dũng) with pdfsig -add-signature.
std::filesystem::path PdfsigSign(const std::filesystem::path& in, const std::string& stem,
                                 const std::string& field);

// The same signer with pdfsig -sign into the existing empty signature field `field`.
std::filesystem::path PdfsigSignField(const std::filesystem::path& in, const std::string& stem,
                                      const std::string& field);

// pdfsig's report on `file`, trusting the test root (its NSS database beside the file).
std::string PdfsigReport(const std::filesystem::path& file);

// Incremental updates written by PoDoFo: one changes the page's content stream, the other fills the
// text field with a document number.
std::filesystem::path ChangePageContent(const std::filesystem::path& in, const std::string& stem);
std::filesystem::path FillNumber(const std::filesystem::path& in, const std::string& stem);

}  // namespace innodesk::testing
