// Child-process runner for the CLI tests (fork/exec with pipes, read with poll).
#include "run_cli.h"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace innodesk::testing {
namespace {

struct Pipe {
    int read = -1;
    int write = -1;
    Pipe() {
        int ends[2];
        if (::pipe(ends) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
        read = ends[0];
        write = ends[1];
    }
    ~Pipe() {
        if (read >= 0) ::close(read);
        if (write >= 0) ::close(write);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
};

}  // namespace

CliResult RunCli(const std::vector<std::string>& arguments, const std::vector<std::string>& environment) {
    std::vector<std::string> argv_storage{INNODESK_CLI};
    argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argv_storage) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const auto key_of = [](const std::string& entry) { return entry.substr(0, entry.find('=')); };
    const auto given = [&](const std::string& key) {
        for (const auto& entry : environment)
            if (key_of(entry) == key) return true;
        return false;
    };
    std::vector<std::string> env_storage;
    for (char** e = environ; *e; ++e)
        if (!given(key_of(*e)) && key_of(*e) != "INNODESK_SCRYPT") env_storage.emplace_back(*e);
    env_storage.insert(env_storage.end(), environment.begin(), environment.end());
    if (!given("INNODESK_SCRYPT")) env_storage.push_back(std::string("INNODESK_SCRYPT=") + kCheapScryptCost);
    std::vector<char*> envp;
    for (auto& entry : env_storage) envp.push_back(entry.data());
    envp.push_back(nullptr);

    Pipe out, err;
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (child == 0) {
        ::dup2(out.write, STDOUT_FILENO);
        ::dup2(err.write, STDERR_FILENO);
        ::close(STDIN_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(out.write);
    ::close(err.write);
    out.write = err.write = -1;

    CliResult result;
    pollfd fds[2] = {{out.read, POLLIN, 0}, {err.read, POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_streams = 2;
    char buffer[65536];
    while (open_streams > 0) {
        if (::poll(fds, 2, -1) < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else {
                fds[i].fd = -1;
                --open_streams;
            }
        }
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

}  // namespace innodesk::testing
