// A library that is not a PKCS#11 module and only says it was loaded: its constructor, which runs
// when the library is loaded, before any function is looked up in it, appends the library's own path
// to the file named by $INNODESK_TEST_MARKER. A test that finds no such file knows no copy of the
// library was loaded; one that finds a path knows which copy was.
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

namespace {

const int kAnchor = 0;  // an object of this library, for dladdr

__attribute__((constructor)) void WriteMarker() {
    const char* marker = std::getenv("INNODESK_TEST_MARKER");
    if (marker == nullptr || *marker == '\0') return;
    Dl_info self{};
    const char* path = ::dladdr(&kAnchor, &self) != 0 && self.dli_fname != nullptr ? self.dli_fname : "?";
    if (std::FILE* file = std::fopen(marker, "a")) {
        std::fprintf(file, "%s\n", path);
        std::fclose(file);
    }
}

}  // namespace
