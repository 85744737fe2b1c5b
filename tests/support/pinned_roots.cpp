// A private pin folder for a test, named by INNODESK_TRUST_DIR.
#include "pinned_roots.h"

#include <stdlib.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace innodesk::testing {

PinnedRoots::PinnedRoots(const std::vector<std::filesystem::path>& pem_files) {
    std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-pinned-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("pinned roots: mkdtemp failed");
    m_folder = pattern;
    if (const char* before = std::getenv("INNODESK_TRUST_DIR")) m_saved = before;
    ::setenv("INNODESK_TRUST_DIR", m_folder.c_str(), 1);
    for (const auto& file : pem_files) Pin(file);
}

PinnedRoots::~PinnedRoots() {
    if (m_saved)
        ::setenv("INNODESK_TRUST_DIR", m_saved->c_str(), 1);
    else
        ::unsetenv("INNODESK_TRUST_DIR");
    std::error_code ignored;
    std::filesystem::remove_all(m_folder, ignored);
}

void PinnedRoots::Pin(const std::filesystem::path& pem_file) {
    std::filesystem::copy_file(pem_file, m_folder / pem_file.filename(),
                               std::filesystem::copy_options::overwrite_existing);
}

void PinnedRoots::PinText(const std::string& pem, const std::string& file_name) {
    std::ofstream(m_folder / file_name, std::ios::binary) << pem;
}

}  // namespace innodesk::testing
