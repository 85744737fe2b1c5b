// A workstation's own configuration for the tests of the token module (app/workstation_files.h):
// a private folder under the build tree (not /tmp, which anyone may write to and InnoDesk refuses)
// holding the system file, the user's file and copies of libraries, and the environment pointing
// InnoDesk there (and $INNODESK_TEST_MARKER at a marker file) while the object lives. Header-only:
// the signing and CLI tests both use it; INNODESK_TEST_PRIVATE_DIR names the folder.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace innodesk::testing {

class TestWorkstation {
public:
    TestWorkstation() {
        std::filesystem::create_directories(INNODESK_TEST_PRIVATE_DIR);
        ::chmod(INNODESK_TEST_PRIVATE_DIR, 0755);
        // Its parents were made with the umask's mode: none of them may be writable by others.
        const std::filesystem::path private_dir(INNODESK_TEST_PRIVATE_DIR);
        for (const auto& parent : {private_dir.parent_path(), private_dir.parent_path().parent_path()}) {
            struct stat status {};
            if (::stat(parent.c_str(), &status) == 0 && status.st_uid == ::geteuid())
                ::chmod(parent.c_str(), status.st_mode & 07755);
        }
        std::string pattern = std::string(INNODESK_TEST_PRIVATE_DIR) + "/workstation-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed in " + pattern);
        m_root = pattern;
        ::chmod(m_root.c_str(), 0755);
        for (const char* folder : {"etc", "config/innodesk", "lib"}) {
            std::filesystem::create_directories(m_root / folder);
            ::chmod((m_root / folder).c_str(), 0755);
        }
        ::chmod((m_root / "config").c_str(), 0755);
        Set("INNODESK_SYSCONFDIR", (m_root / "etc").string());
        Set("XDG_CONFIG_HOME", (m_root / "config").string());
        Set("INNODESK_TEST_MARKER", Marker().string());
    }
    ~TestWorkstation() {
        for (const auto& [name, value] : m_saved) {
            if (value)
                ::setenv(name.c_str(), value->c_str(), 1);
            else
                ::unsetenv(name.c_str());
        }
        std::error_code ignored;
        std::filesystem::remove_all(m_root, ignored);
    }
    TestWorkstation(const TestWorkstation&) = delete;
    TestWorkstation& operator=(const TestWorkstation&) = delete;

    const std::filesystem::path& Root() const { return m_root; }
    std::filesystem::path SystemFile() const { return m_root / "etc" / "workstation.conf"; }
    std::filesystem::path UserFile() const { return m_root / "config" / "innodesk" / "workstation.conf"; }
    std::filesystem::path AcceptedFile() const { return m_root / "config" / "innodesk" / "accepted-modules"; }
    std::filesystem::path Marker() const { return m_root / "loaded.marker"; }
    bool Loaded() const { return std::filesystem::exists(Marker()); }
    // The paths of the marker libraries loaded so far, one a line.
    std::string LoadedLibraries() const {
        std::ifstream in(Marker());
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    // Writes a file with `mode` (0644 is what an administrator's editor leaves).
    static void Write(const std::filesystem::path& file, const std::string& text, mode_t mode = 0644) {
        std::ofstream(file, std::ios::trunc) << text;
        ::chmod(file.c_str(), mode);
    }
    // A copy of `library` in the private folder's lib/`name`, with `mode`.
    std::filesystem::path CopyLibrary(const std::filesystem::path& library, const std::string& name,
                                      mode_t mode = 0644) const {
        const auto copy = m_root / "lib" / name;
        std::filesystem::copy_file(library, copy, std::filesystem::copy_options::overwrite_existing);
        ::chmod(copy.c_str(), mode);
        return copy;
    }

private:
    void Set(const std::string& name, const std::string& value) {
        const char* old = std::getenv(name.c_str());
        m_saved.emplace(name, old ? std::optional<std::string>(old) : std::nullopt);
        ::setenv(name.c_str(), value.c_str(), 1);
    }

    std::filesystem::path m_root;
    std::map<std::string, std::optional<std::string>> m_saved;
};

}  // namespace innodesk::testing
