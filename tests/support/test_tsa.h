// A loopback RFC 3161 timestamping authority for the tests: tests/support/tsa_responder.py (stock `openssl ts
// -reply` behind Python's http.server on 127.0.0.1), with a test TSA CA and TSA certificate made at run time.
#pragma once

#include "signing/timestamp.h"

#include <sys/types.h>
#include <filesystem>
#include <string>
#include <string_view>

namespace innodesk::testing {

// The responder runs while the object lives: started by the constructor (which needs openssl and python3 and
// skips or fails the test as RequireTool does when one is missing), stopped and reaped by the destructor.
class LoopbackTsa {
public:
    LoopbackTsa();
    ~LoopbackTsa();
    LoopbackTsa(const LoopbackTsa&) = delete;
    LoopbackTsa& operator=(const LoopbackTsa&) = delete;

    // http://127.0.0.1:PORT/PATH; the paths are in tsa_responder.py ("tsa" answers with a good token).
    std::string Url(std::string_view path = "tsa") const;
    // The URL with the test TSA CA as its only anchor.
    signing::TimestampAuthority Authority(std::string_view path = "tsa") const;

    const std::string& CaPem() const;       // the test TSA CA's certificate (PEM text)
    const std::string& OtherCaPem() const;  // the CA of the "wrong-certificate" TSA, never trusted by default
    std::filesystem::path CaPemFile() const;

private:
    void Stop();

    pid_t m_pid = -1;
    int m_port = 0;
};

}  // namespace innodesk::testing
