// Roots pinned for a test: InnoDesk trusts only roots in the workstation's pin folders
// (app/pinned_trust.h), never the database's trust store, so a test that expects a valid signature
// pins its root here. A fresh folder holds the PEM files given, and INNODESK_TRUST_DIR names it for
// this process and the innodesk-cli runs it starts, while the object lives.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::testing {

class PinnedRoots {
public:
    // Pins each PEM file (copied into the folder).
    explicit PinnedRoots(const std::vector<std::filesystem::path>& pem_files = {});
    ~PinnedRoots();
    PinnedRoots(const PinnedRoots&) = delete;
    PinnedRoots& operator=(const PinnedRoots&) = delete;

    void Pin(const std::filesystem::path& pem_file);
    void PinText(const std::string& pem, const std::string& file_name);
    const std::filesystem::path& Folder() const { return m_folder; }

private:
    std::filesystem::path m_folder;
    std::optional<std::string> m_saved;  // INNODESK_TRUST_DIR before, restored after
};

}  // namespace innodesk::testing
